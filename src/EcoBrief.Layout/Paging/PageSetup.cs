namespace EcoBrief.Layout.Paging;

/// <summary>Page size and margins in points; header and footer sit inside the top and bottom margins.</summary>
public sealed record PageSetup(float Width, float Height, float MarginTop, float MarginLeft, float MarginRight, float MarginBottom)
{
    public const float PointsPerMillimetre = 72f / 25.4f;

    public static PageSetup FromMillimetres(double width, double height, double top, double left, double right, double bottom) =>
        new((float)(width * PointsPerMillimetre), (float)(height * PointsPerMillimetre), (float)(top * PointsPerMillimetre),
            (float)(left * PointsPerMillimetre), (float)(right * PointsPerMillimetre), (float)(bottom * PointsPerMillimetre));

    public Size Body => new(Width - MarginLeft - MarginRight, Height - MarginTop - MarginBottom);
}
