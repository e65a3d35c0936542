using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Body paragraphs in Normal; the line right under the title in Subtitle.</summary>
internal sealed class ParagraphRenderer : IDocxBlockRenderer
{
    public bool CanRender(Block block) => block is ParagraphBlock;

    public IEnumerable<OpenXmlElement> Render(Block block, DocxRenderContext context)
    {
        var paragraph = (ParagraphBlock)block;
        var isMeta = paragraph.Parent is MarkdownDocument doc && doc.IndexOf(paragraph) is var i and > 0 && doc[i - 1] is HeadingBlock { Level: 1 };
        var p = new Paragraph();
        if (isMeta)
        {
            p.Append(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Subtitle }));
        }

        p.Append(InlineRuns.Runs(paragraph.Inline, context));
        return [p];
    }
}
