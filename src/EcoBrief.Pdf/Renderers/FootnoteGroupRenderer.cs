using EcoBrief.Document.Conventions;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>
/// Footnotes (the source of each item) as a list of notes at the end, small and muted. A one-page
/// document leaves them out, with their marks: the page is for reading, the Word file cites the sources.
/// </summary>
public sealed class FootnoteGroupRenderer : PdfNodeRenderer<FootnoteGroup>
{
    protected override Element? Render(FootnoteGroup group, PdfRenderContext context)
    {
        if (context.Styles.Settings.OnePage)
        {
            return null;
        }

        var styles = context.Styles;
        var small = styles.Small;
        var notes = new List<Element> { new Rule(PdfStyles.Rule, 0.5f, styles.BodySize, 2), context.Text([new TextSpan("注释", styles.Strong with { Size = small.Size })], TextAlignment.Left) };
        foreach (var footnote in group.OfType<Footnote>())
        {
            var text = string.Join(" ", footnote.OfType<ParagraphBlock>().Select(p => PlainText.Of(p.Inline)));
            notes.Add(context.Text([new TextSpan($"[{footnote.Order}] {text}", small)], TextAlignment.Left, lineSpacing: 1.35f));
        }

        return new Column(notes, 1);
    }
}
