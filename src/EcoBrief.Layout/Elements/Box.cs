using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Elements;

/// <summary>A background and/or border drawn behind a child, with an optional thicker top edge (a card).</summary>
public sealed class Box(Element child, Color? background = null, Color? border = null, float borderWidth = 0.5f, Color? topBar = null, float topBarWidth = 2f) : Element
{
    public override string Name => child.Name;

    public override SpacePlan Measure(Size available) => child.Measure(available);

    public override void Draw(ICanvas canvas, float x, float y, Size area)
    {
        if (background is { } bg)
        {
            canvas.FillRectangle(x, y, area.Width, area.Height, bg);
        }

        if (border is { } b)
        {
            canvas.StrokeRectangle(x, y, area.Width, area.Height, b, borderWidth);
        }

        if (topBar is { } bar)
        {
            canvas.FillRectangle(x, y, area.Width, topBarWidth, bar);
        }

        child.Draw(canvas, x, y, area);
    }

    public override void Reset() => child.Reset();
}
