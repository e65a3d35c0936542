using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Elements;

/// <summary>A horizontal line across the width, with space above and below.</summary>
public sealed class Rule(Color color, float thickness = 0.5f, float spaceAbove = 2, float spaceBelow = 2) : Element
{
    private bool _drawn;

    public override SpacePlan Measure(Size available)
    {
        var h = spaceAbove + thickness + spaceBelow;
        return _drawn ? SpacePlan.Empty() : h <= available.Height + Size.Epsilon ? SpacePlan.Full(available.Width, h) : SpacePlan.Wrap("rule: no room");
    }

    public override void Draw(ICanvas canvas, float x, float y, Size area)
    {
        var ly = y + spaceAbove + (thickness / 2);
        canvas.DrawLine(x, ly, x + area.Width, ly, color, thickness);
        _drawn = true;
    }

    public override void Reset() => _drawn = false;
}
