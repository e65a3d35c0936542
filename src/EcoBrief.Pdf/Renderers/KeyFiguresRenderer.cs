using EcoBrief.Document.KeyFigures;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Key figures as cards (<see cref="KeyFigureCard"/>), three to a row: the figure as written large, what it measures below, the change small.</summary>
public sealed class KeyFiguresRenderer : PdfNodeRenderer<KeyFiguresBlock>
{
    private const int PerRow = 3;

    /// <summary>A card for each of the block's entries, in order.</summary>
    public static IReadOnlyList<KeyFigureCard> Cards(KeyFiguresBlock figures, PdfRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(context);
        var styles = context.Styles;
        var s = CardSize(styles);
        var cards = new List<KeyFigureCard>();
        foreach (var e in figures.Entries)
        {
            var parts = new List<Element>
            {
                context.Text([new TextSpan(e.Text, styles.Strong with { Size = s * 1.45f, Color = PdfStyles.Accent })], TextAlignment.Left, lineSpacing: 1.25f),
                context.Text([new TextSpan(e.Indicator, styles.Body with { Size = s * 0.82f })], TextAlignment.Left, lineSpacing: 1.3f, phrases: true),
            };
            if (!string.IsNullOrEmpty(e.Change))
            {
                parts.Add(context.Text([new TextSpan(e.Change, styles.Small with { Size = s * 0.74f })], TextAlignment.Left, lineSpacing: 1.3f));
            }

            var card = new Box(new Padding(new Column(parts, s * 0.1f), s * 0.55f, s * 0.45f, s * 0.55f, s * 0.45f), PdfStyles.CardBackground, PdfStyles.Rule, 0.5f, PdfStyles.Accent, 1.6f);
            cards.Add(new KeyFigureCard(e, card));
        }

        return cards;
    }

    protected override Element? Render(KeyFiguresBlock figures, PdfRenderContext context)
    {
        var s = CardSize(context.Styles);
        var rows = new List<Element>();
        foreach (var chunk in Cards(figures, context).Chunk(PerRow))
        {
            var cells = chunk.Select(card => RowItem.Relative(card)).ToList();
            while (cells.Count < PerRow)
            {
                cells.Add(RowItem.Relative(new Spacer(0)));
            }

            rows.Add(new Row(cells, s * 0.6f));
        }

        return new Padding(new Column(rows, s * 0.6f), 0, s * 0.3f, 0, s * 0.2f);
    }

    /// <summary>Cards keep a compact size whatever the body size (a 16 pt handout would make them posters).</summary>
    private static float CardSize(PdfStyles styles) => Math.Min(styles.BodySize, 11f);
}
