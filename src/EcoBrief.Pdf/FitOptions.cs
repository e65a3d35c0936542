namespace EcoBrief.Pdf;

/// <summary>How much of the document to show when it must fit one page.</summary>
/// <param name="BodySize">Body text size in points.</param>
/// <param name="ShowDetail">Whether list items keep their detail (the emphasised text after the title).</param>
/// <param name="MaxItems">The most items a list keeps.</param>
public sealed record FitOptions(float BodySize, bool ShowDetail, int MaxItems)
{
    public override string ToString() => $"{BodySize:0.#} pt, {(ShowDetail ? "with" : "without")} detail, {(MaxItems == int.MaxValue ? "all items" : $"at most {MaxItems.ToString(System.Globalization.CultureInfo.InvariantCulture)} items per list")}";
}
