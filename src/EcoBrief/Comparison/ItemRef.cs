using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>A task or priority of one report: its place in the list, its title and where it stands.</summary>
/// <param name="Index">0-based position in the report's list.</param>
/// <param name="Title">The item's title.</param>
/// <param name="Span">Where the item stands in that report.</param>
public sealed record ItemRef(int Index, string Title, SourceSpan Span)
{
    public static ItemRef Of(IReadOnlyList<BriefingItem> items, int index) => new(index, items[index].Title, items[index].Span);
}
