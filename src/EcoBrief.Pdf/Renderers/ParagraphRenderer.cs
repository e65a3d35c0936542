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

        var inList = paragraph.Parent is Markdig.Syntax.ListItemBlock;
        var indent = styles.Settings.FirstLineIndent && !inList ? styles.BodySize * 2 : 0;
        return context.Text(InlineText.Spans(paragraph.Inline, context, styles.Body, dropDetail: inList && !context.Fit.ShowDetail), TextAlignment.Justify, indent, context.LineSpacing);
    }
}
