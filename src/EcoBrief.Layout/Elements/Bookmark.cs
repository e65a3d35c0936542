using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout.Elements;

/// <summary>An outline entry (PDF bookmark) at the position of the element it wraps.</summary>
public sealed class Bookmark(Element child, string title, int level) : Element
{
    private bool _marked;

    public override string Name => child.Name;

    public override SpacePlan Measure(Size available) => child.Measure(available);

    public override void Draw(ICanvas canvas, float x, float y, Size area)
    {
        if (!_marked)
        {
            canvas.AddBookmark(title, level, y);
            _marked = true;
        }

        child.Draw(canvas, x, y, area);
    }

    public override void Reset()
    {
        _marked = false;
        child.Reset();
    }
}
