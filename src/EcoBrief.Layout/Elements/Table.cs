using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Elements;

/// <summary>
/// Rows of cells with relative column widths and a header row repeated at the top of every page.
/// Rows never split; a row too tall for an empty page is an error naming it.
/// </summary>
public sealed class Table : Element
{
    private readonly Func<Row>? _header;
    private readonly IReadOnlyList<Row> _rows;
    private int _next;

    /// <param name="header">Makes the header row (a fresh one per page, since rows remember being drawn).</param>
    /// <param name="rows">The body rows.</param>
    public Table(Func<Row>? header, IReadOnlyList<Row> rows)
    {
        _header = header;
        _rows = rows;
    }

    public override string Name => $"table of {_rows.Count} rows";

    public override SpacePlan Measure(Size available) => Plan(available, null, 0, 0);

    public override void Draw(ICanvas canvas, float x, float y, Size area) => Plan(area, canvas, x, y);

    public override void Reset()
    {
        _next = 0;
        foreach (var r in _rows)
        {
            r.Reset();
        }
    }

    private SpacePlan Plan(Size available, ICanvas? canvas, float x, float y)
    {
        if (_next >= _rows.Count)
        {
            return SpacePlan.Empty();
        }

        var used = 0f;
        if (_header is not null)
        {
            var header = _header();
            var hp = header.Measure(available);
            if (hp.Kind != SpaceKind.Full)
            {
                return SpacePlan.Wrap($"{Name}: header row does not fit");
            }

            if (canvas is not null)
            {
                header.Draw(canvas, x, y, new Size(available.Width, hp.Size.Height));
            }

            used = hp.Size.Height;
        }

        var count = 0;
        for (var i = _next; i < _rows.Count; i++)
        {
            var plan = _rows[i].Measure(new Size(available.Width, available.Height - used));
            if (plan.Kind != SpaceKind.Full)
            {
                if (count == 0)
                {
                    return SpacePlan.Wrap(plan.Reason ?? $"{Name}: row {i + 1} does not fit");
                }

                return SpacePlan.Partial(available.Width, used);
            }

            if (canvas is not null)
            {
                _rows[i].Draw(canvas, x, y + used, new Size(available.Width, plan.Size.Height));
                _next = i + 1;
            }

            used += plan.Size.Height;
            count++;
        }

        return SpacePlan.Full(available.Width, used);
    }
}
