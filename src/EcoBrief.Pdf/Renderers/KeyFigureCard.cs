using EcoBrief.Layout;
using EcoBrief.Layout.Drawing;
using EcoBrief.Model;

namespace EcoBrief.Pdf.Renderers;

/// <summary>
/// One key figure on the page: the card drawn from an entry's typed values (the figure as written,
/// what it measures, its change), which keeps the entry itself — its value, unit, qualifier, period and
/// span — for whatever reads the layout (tests, a future link to the source line).
/// </summary>
public sealed class KeyFigureCard(KeyFigureEntry entry, Element card) : Element
{
    public KeyFigureEntry Entry { get; } = entry;

    public override string Name => card.Name;

    public override SpacePlan Measure(Size available) => card.Measure(available);

    public override void Draw(ICanvas canvas, float x, float y, Size area) => card.Draw(canvas, x, y, area);

    public override void Reset() => card.Reset();
}
