using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Elements;

/// <summary>Space around a child.</summary>
public sealed class Padding(Element child, float left, float top, float right, float bottom) : Element
{
    public Padding(Element child, float all)
        : this(child, all, all, all, all)
    {
    }

    public override string Name => child.Name;

    public override SpacePlan Measure(Size available)
    {
        var inner = new Size(Math.Max(0, available.Width - left - right), Math.Max(0, available.Height - top - bottom));
        var plan = child.Measure(inner);
        return plan.Kind switch
        {
            SpaceKind.Empty or SpaceKind.Wrap => plan,
            _ => plan with { Size = new Size(plan.Size.Width + left + right, plan.Size.Height + top + bottom) },
        };
    }

    public override void Draw(ICanvas canvas, float x, float y, Size area) =>
        child.Draw(canvas, x + left, y + top, new Size(Math.Max(0, area.Width - left - right), Math.Max(0, area.Height - top - bottom)));

    public override void Reset() => child.Reset();
}
