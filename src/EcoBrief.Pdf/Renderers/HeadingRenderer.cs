using EcoBrief.Document.Conventions;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>
/// # is the title (centred); ## and ### are numbered 一、 and （一） when the document asks for it
/// (GB/T 9704 heading levels: 黑体, then 楷体). Headings stay with what follows and become bookmarks.
/// </summary>
public sealed class HeadingRenderer : PdfNodeRenderer<HeadingBlock>
{
    protected override Element? Render(HeadingBlock heading, PdfRenderContext context)
    {
        var styles = context.Styles;
        var text = PlainText.Of(heading.Inline);
        if (heading.Level == 1)
        {
            var title = context.Text(InlineText.Spans(heading.Inline, context, styles.Title), TextAlignment.Center, lineSpacing: 1.35f, phrases: true);
            return new Bookmark(new Padding(title, 0, 0, 0, styles.BodySize * 0.3f), text, 0);
        }

        var number = styles.Settings.HeadingNumbering && heading.Level <= 4 ? context.HeadingNumber(heading.Level) : string.Empty;
        var style = styles.Heading(heading.Level);
        var spans = InlineText.Spans(heading.Inline, context, style);
        if (number.Length > 0)
        {
            spans.Insert(0, new TextSpan(number, style));
        }

        Element element = context.Text(spans, TextAlignment.Left, lineSpacing: context.LineSpacing, phrases: true);
        if (styles.Settings.OnePage && heading.Level == 2)
        {
            element = new Column([element, new Rule(PdfStyles.Rule, 0.6f, 0, 1)]);
        }

        var above = heading.Level == 2 ? styles.BodySize * 0.5f : styles.BodySize * 0.2f;
        return new KeepWithNext(new Bookmark(new Padding(element, 0, above, 0, 0), number + text, heading.Level - 1));
    }
}
