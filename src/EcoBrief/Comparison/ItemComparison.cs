namespace EcoBrief.Comparison;

/// <summary>Two lists of items (tasks, or priorities) matched one to one.</summary>
/// <param name="Pairs">Matched items, in the new report's order.</param>
/// <param name="New">Items of the new report that match nothing of the old one.</param>
/// <param name="Dropped">Items of the old report that match nothing of the new one.</param>
public sealed record ItemComparison(IReadOnlyList<ItemPair> Pairs, IReadOnlyList<ItemRef> New, IReadOnlyList<ItemRef> Dropped)
{
    public static ItemComparison Empty { get; } = new([], [], []);
}
