using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Elements;

/// <summary>Children one below the other, with spacing; flows across pages child by child.</summary>
public sealed class Column(IReadOnlyList<Element> children, float spacing = 0) : Element
{
    private int _current;

    public IReadOnlyList<Element> Children { get; } = children;

    public float Spacing { get; } = spacing;

    public override SpacePlan Measure(Size available) => Plan(available, null, 0, 0);

    public override void Draw(ICanvas canvas, float x, float y, Size area) => Plan(area, canvas, x, y);

    public override void Reset()
    {
        _current = 0;
        foreach (var c in Children)
        {
            c.Reset();
        }
    }

    /// <summary>Measures (canvas null) or draws (canvas set) the children that fit, the same way.</summary>
    private SpacePlan Plan(Size available, ICanvas? canvas, float x, float y)
    {
        var used = 0f;
        var width = 0f;
        var placed = 0;
        for (var i = _current; i < Children.Count; i++)
        {
            var child = Children[i];
            var gap = placed > 0 ? Spacing : 0;
            var room = new Size(available.Width, Math.Max(0, available.Height - used - gap));
            var plan = child.Measure(room);
            if (plan.Kind == SpaceKind.Empty)
            {
                if (canvas is not null && i == _current)
                {
                    _current++;
                }

                continue;
            }

            // A heading is not left alone at the foot of a page.
            if (plan.Kind == SpaceKind.Full && child is KeepWithNext && i + 1 < Children.Count && placed > 0)
            {
                var next = Children[i + 1].Measure(new Size(available.Width, Math.Max(0, room.Height - plan.Size.Height - Spacing)));
                if (next.Kind == SpaceKind.Wrap)
                {
                    return SpacePlan.Partial(width, used);
                }
            }

            if (plan.Kind == SpaceKind.Wrap)
            {
                return placed == 0 ? plan : SpacePlan.Partial(width, used);
            }

            if (canvas is not null)
            {
                child.Draw(canvas, x, y + used + gap, new Size(available.Width, plan.Size.Height));
            }

            used += gap + plan.Size.Height;
            width = Math.Max(width, plan.Size.Width);
            placed++;
            if (plan.Kind == SpaceKind.Partial)
            {
                return SpacePlan.Partial(width, used);
            }

            if (canvas is not null)
            {
                _current = i + 1;
            }
        }

        return placed == 0 ? SpacePlan.Empty() : SpacePlan.Full(width, used);
    }
}
