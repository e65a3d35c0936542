using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>A term of the new report's tasks that the old report's text never contains (the second kind of 新提法, beside quoted terms).</summary>
/// <param name="Term">The term: a run of 3–8 Chinese characters.</param>
/// <param name="Count">How often the new report uses it.</param>
/// <param name="Cohesion">How much it is a unit: its count over the count of the more frequent of its two one-shorter parts (0–1).</param>
/// <param name="InHeading">Whether a task's or priority's title uses it.</param>
/// <param name="Score">The rank: count × cohesion × 2 in a heading × log2(length).</param>
/// <param name="Sentence">The sentence of its first use in the tasks.</param>
/// <param name="Span">Where it is first used in the tasks (the old report has no span: it lacks the term).</param>
public sealed record DistinctiveTerm(string Term, int Count, double Cohesion, bool InHeading, double Score, string Sentence, SourceSpan Span);
