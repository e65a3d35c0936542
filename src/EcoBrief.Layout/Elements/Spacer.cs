using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Elements;

/// <summary>Empty vertical space; at the foot of a page it simply ends there.</summary>
public sealed class Spacer(float height) : Element
{
    private bool _drawn;

    public override SpacePlan Measure(Size available) => _drawn ? SpacePlan.Empty() : SpacePlan.Full(0, Math.Min(height, available.Height));

    public override void Draw(ICanvas canvas, float x, float y, Size area) => _drawn = true;

    public override void Reset() => _drawn = false;
}
