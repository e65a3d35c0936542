using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Body paragraphs in Normal.</summary>
internal sealed class ParagraphRenderer : DocxNodeRenderer<ParagraphBlock>
{
    protected override IEnumerable<OpenXmlElement> Render(ParagraphBlock paragraph, DocxRenderContext context)
    {
        var p = new Paragraph();
        p.Append(InlineRuns.Runs(paragraph.Inline, context));
        return [p];
    }
}
