using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Elements;

/// <summary>Wraps an element (a heading) that must stand on the same page as what follows it in a <see cref="Column"/>.</summary>
public sealed class KeepWithNext(Element child) : Element
{
    public override string Name => child.Name;

    public override SpacePlan Measure(Size available) => child.Measure(available);

    public override void Draw(ICanvas canvas, float x, float y, Size area) => child.Draw(canvas, x, y, area);

    public override void Reset() => child.Reset();
}
