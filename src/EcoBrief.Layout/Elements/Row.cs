using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Elements;

/// <summary>
/// Cells side by side (fixed and relative widths). A row is drawn whole, unless it may split: then its
/// cells continue on the next page (a list item whose text runs over a page break).
/// </summary>
public sealed class Row(IReadOnlyList<RowItem> items, float spacing = 0, bool stretch = true, bool allowSplit = false) : Element
{
    private bool _drawn;

    public IReadOnlyList<RowItem> Items { get; } = items;

    public override string Name => $"row of {Items.Count}";

    public float[] Widths(float available)
    {
        var fixedTotal = Items.Sum(i => i.FixedWidth) + (Spacing * Math.Max(0, Items.Count - 1));
        var shares = Items.Sum(i => i.RelativeWidth);
        var rest = Math.Max(0, available - fixedTotal);
        return [.. Items.Select(i => i.FixedWidth + (shares > 0 ? rest * i.RelativeWidth / shares : 0))];
    }

    public float Spacing { get; } = spacing;

    public override SpacePlan Measure(Size available)
    {
        if (_drawn)
        {
            return SpacePlan.Empty();
        }

        if (allowSplit)
        {
            return MeasureSplittable(available);
        }

        var widths = Widths(available.Width);
        var height = 0f;
        for (var i = 0; i < Items.Count; i++)
        {
            var plan = Items[i].Element.Measure(new Size(widths[i], available.Height));
            if (plan.Kind is SpaceKind.Wrap or SpaceKind.Partial)
            {
                var whole = Items[i].Element.Measure(new Size(widths[i], float.MaxValue / 4));
                return SpacePlan.Wrap($"{Name}: {Items[i].Element.Name} needs {whole.Size.Height:0.#} pt, {available.Height:0.#} pt left");
            }

            height = Math.Max(height, plan.Size.Height);
        }

        return SpacePlan.Full(available.Width, height);
    }

    private SpacePlan MeasureSplittable(Size available)
    {
        var widths = Widths(available.Width);
        var height = 0f;
        var partial = false;
        var any = false;
        for (var i = 0; i < Items.Count; i++)
        {
            var plan = Items[i].Element.Measure(new Size(widths[i], available.Height));
            switch (plan.Kind)
            {
                case SpaceKind.Wrap:
                    return plan;
                case SpaceKind.Empty:
                    continue;
                case SpaceKind.Partial:
                    partial = true;
                    break;
            }

            any = true;
            height = Math.Max(height, plan.Size.Height);
        }

        return !any ? SpacePlan.Empty() : partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(ICanvas canvas, float x, float y, Size area)
    {
        var widths = Widths(area.Width);
        if (allowSplit)
        {
            var at = x;
            for (var i = 0; i < Items.Count; i++)
            {
                Items[i].Element.Draw(canvas, at, y, new Size(widths[i], area.Height));
                at += widths[i] + Spacing;
            }

            return;
        }

        var height = stretch ? area.Height : 0;
        var left = x;
        for (var i = 0; i < Items.Count; i++)
        {
            var h = stretch ? height : Items[i].Element.Measure(new Size(widths[i], area.Height)).Size.Height;
            Items[i].Element.Draw(canvas, left, y, new Size(widths[i], h));
            left += widths[i] + Spacing;
        }

        _drawn = true;
    }

    public override void Reset()
    {
        _drawn = false;
        foreach (var i in Items)
        {
            i.Element.Reset();
        }
    }
}
