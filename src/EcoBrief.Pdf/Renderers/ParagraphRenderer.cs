using EcoBrief.Layout;
using EcoBrief.Layout.Text;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Body paragraphs: justified, first line indented two characters; the line under the title is centred and muted.</summary>
public sealed class ParagraphRenderer : IBlockRenderer
{
    public bool CanRender(Block block) => block is ParagraphBlock;

    /// <summary>The paragraph right under the title: who, where, when.</summary>
    private static bool IsMetaLine(ParagraphBlock paragraph) =>
        paragraph.Parent is MarkdownDocument doc && doc.IndexOf(paragraph) is var i and > 0 && doc[i - 1] is HeadingBlock { Level: 1 };

    public Element? Render(Block block, PdfRenderContext context)
    {
        var paragraph = (ParagraphBlock)block;
        var styles = context.Styles;
        if (IsMetaLine(paragraph))
        {
            var meta = styles.Small with { Size = styles.BodySize * 0.92f };
            return context.Text(InlineText.Spans(paragraph.Inline, context, meta), TextAlignment.Center, lineSpacing: 1.5f);
        }

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
