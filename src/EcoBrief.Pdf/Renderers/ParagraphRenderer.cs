using EcoBrief.Layout;
using EcoBrief.Layout.Text;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>
/// Body paragraphs: justified, the first line indented two characters when the document asks for it.
/// In a list item, the item's <see cref="EcoBrief.Document.DetailInline"/> is left out when fitting drops its detail.
/// </summary>
public sealed class ParagraphRenderer : PdfNodeRenderer<ParagraphBlock>
{
    protected override Element? Render(ParagraphBlock paragraph, PdfRenderContext context)
    {
        var styles = context.Styles;
        var item = paragraph.Parent as ListItemBlock;
        var indent = styles.Settings.FirstLineIndent && item is null ? styles.BodySize * 2 : 0;
        var dropDetail = item is not null && !context.ShowsDetail(item);
        if (dropDetail && InlineText.HasDetail(paragraph.Inline))
        {
            context.NoteDroppedDetail();
        }

        return context.Text(InlineText.Spans(paragraph.Inline, context, styles.Body, dropDetail), TextAlignment.Justify, indent, context.LineSpacing);
    }
}
