using System.Globalization;

namespace EcoBrief.Pdf;

/// <summary>How much of the document to show when it must fit one page.</summary>
/// <param name="BodySize">Body text size in points.</param>
/// <param name="DetailItems">
/// How many list items keep their detail (the emphasised text after the title), counted round the
/// lists as <see cref="ItemRanks"/> ranks them — every list's first item, then every list's second…;
/// <see cref="int.MaxValue"/> for all.
/// </param>
/// <param name="KeptItems">How many list items are kept, counted the same way; <see cref="int.MaxValue"/> for all.</param>
/// <param name="Notes">
/// Whether what was left out is said (the template's cut and detail notes): given up only when the
/// page cannot hold them even with the fewest items at the smallest size.
/// </param>
public sealed record FitOptions(float BodySize, int DetailItems, int KeptItems, bool Notes = true)
{
    public static FitOptions Everything(float bodySize) => new(bodySize, int.MaxValue, int.MaxValue);

    /// <summary>Every item keeps its detail.</summary>
    public bool ShowDetail => DetailItems == int.MaxValue;

    /// <summary>Every item is kept.</summary>
    public bool KeepsAll => KeptItems == int.MaxValue;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{BodySize:0.#} pt, {(ShowDetail ? "with detail" : DetailItems == 0 ? "without detail" : $"detail on {DetailItems} items")}, {(KeepsAll ? "all items" : $"{KeptItems} items")}{(Notes ? string.Empty : ", without notes")}");
}
