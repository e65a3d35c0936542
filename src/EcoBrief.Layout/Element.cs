using EcoBrief.Layout.Drawing;

namespace EcoBrief.Layout;

/// <summary>
/// A layout element in the measure/draw style of QuestPDF: <see cref="Measure"/> is pure and may be
/// called any number of times; only <see cref="Draw"/> moves state, remembering what was drawn so
/// that the next page continues where this one stopped.
/// </summary>
public abstract class Element
{
    /// <summary>A name for messages ("paragraph 「…」", "table").</summary>
    public virtual string Name => GetType().Name;

    /// <summary>How much of what is left would fit in <paramref name="available"/>.</summary>
    public abstract SpacePlan Measure(Size available);

    /// <summary>Draws what fits in <paramref name="area"/> at (x, y) and remembers the progress.</summary>
    public abstract void Draw(ICanvas canvas, float x, float y, Size area);

    /// <summary>Back to the start, before drawing the document again (the second pass that knows the page count).</summary>
    public abstract void Reset();
}
