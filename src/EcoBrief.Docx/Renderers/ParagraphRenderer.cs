using DocumentFormat.OpenXml;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Body paragraphs in Normal.</summary>
internal sealed class ParagraphRenderer : DocxNodeRenderer<ParagraphBlock>
{
    protected override IEnumerable<OpenXmlElement> Render(ParagraphBlock paragraph, DocxRenderContext context) => [InlineRuns.InParagraph(paragraph.Inline, context)];
}
