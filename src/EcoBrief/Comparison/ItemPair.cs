namespace EcoBrief.Comparison;

/// <summary>An item of the old report and the item of the new one that says the most the same thing.</summary>
/// <param name="Old">The old report's item.</param>
/// <param name="New">The new report's item.</param>
/// <param name="Score">Cosine similarity of their character-bigram TF-IDF vectors, 0–1, rounded to three places.</param>
/// <param name="Shared">The bigrams that contribute most to the score, strongest first: why they were matched.</param>
public sealed record ItemPair(ItemRef Old, ItemRef New, double Score, IReadOnlyList<string> Shared);
