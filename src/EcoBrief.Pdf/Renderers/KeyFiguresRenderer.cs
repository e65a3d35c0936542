using EcoBrief.Document.KeyFigures;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Key figures as cards, three to a row: the figure large, what it measures below, the change small.</summary>
public sealed class KeyFiguresRenderer : PdfNodeRenderer<KeyFiguresBlock>
{
    private const int PerRow = 3;

    protected override Element? Render(KeyFiguresBlock figures, PdfRenderContext context)
    {
        var styles = context.Styles;
        // Cards keep a compact size whatever the body size (a 16 pt handout would make them posters).
        var s = Math.Min(styles.BodySize, 11f);
        var rows = new List<Element>();
        foreach (var chunk in figures.Entries.Chunk(PerRow))
        {
            var cells = new List<RowItem>();
            foreach (var e in chunk)
            {
                var parts = new List<Element>
                {
                    context.Text([new TextSpan(e.Value, styles.Strong with { Size = s * 1.45f, Color = PdfStyles.Accent })], TextAlignment.Left, lineSpacing: 1.25f),
                    context.Text([new TextSpan(e.Label, styles.Body with { Size = s * 0.82f })], TextAlignment.Left, lineSpacing: 1.3f, phrases: true),
                };
                if (e.Change.Length > 0)
                {
                    parts.Add(context.Text([new TextSpan(e.Change, styles.Small with { Size = s * 0.74f })], TextAlignment.Left, lineSpacing: 1.3f));
                }

                var card = new Box(new Padding(new Column(parts, s * 0.1f), s * 0.55f, s * 0.45f, s * 0.55f, s * 0.45f), PdfStyles.CardBackground, PdfStyles.Rule, 0.5f, PdfStyles.Accent, 1.6f);
                cells.Add(RowItem.Relative(card));
            }

            while (cells.Count < PerRow)
            {
                cells.Add(RowItem.Relative(new Spacer(0)));
            }

            rows.Add(new Row(cells, s * 0.6f));
        }

        return new Padding(new Column(rows, s * 0.6f), 0, s * 0.3f, 0, s * 0.2f);
    }
}
