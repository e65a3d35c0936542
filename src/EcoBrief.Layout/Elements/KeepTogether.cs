using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Elements;

/// <summary>
/// An element that is not split over two pages (a chart): when it would only partly fit, it asks for the
/// next page instead (a <see cref="SpaceKind.Wrap"/>); once drawing has begun, or on a page it cannot
/// fill whole anyway, it is left to its child.
/// </summary>
public sealed class KeepTogether(Element child) : Element
{
    private bool _started;

    public override string Name => child.Name;

    public override SpacePlan Measure(Size available)
    {
        var plan = child.Measure(available);
        return !_started && plan.Kind == SpaceKind.Partial ? SpacePlan.Wrap($"{child.Name} is kept on one page") : plan;
    }

    public override void Draw(ICanvas canvas, float x, float y, Size area)
    {
        _started = true;
        child.Draw(canvas, x, y, area);
    }

    public override void Reset()
    {
        _started = false;
        child.Reset();
    }
}
