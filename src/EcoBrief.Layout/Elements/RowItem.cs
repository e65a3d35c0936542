namespace EcoBrief.Layout.Elements;

/// <summary>A cell of a <see cref="Row"/>: a fixed width in points, or a share of what is left.</summary>
public sealed record RowItem(Element Element, float FixedWidth = 0, float RelativeWidth = 0)
{
    public static RowItem Fixed(Element element, float width) => new(element, FixedWidth: width);

    public static RowItem Relative(Element element, float share = 1) => new(element, RelativeWidth: share);
}
