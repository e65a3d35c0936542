using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Block quotes in the Quote style.</summary>
internal sealed class QuoteRenderer : IDocxBlockRenderer
{
    public bool CanRender(Block block) => block is QuoteBlock;

    public IEnumerable<OpenXmlElement> Render(Block block, DocxRenderContext context)
    {
        foreach (var element in context.RenderBlocks((QuoteBlock)block))
        {
            if (element is Paragraph p)
            {
                p.ParagraphProperties ??= new ParagraphProperties();
                p.ParagraphProperties.ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Quote };
            }

            yield return element;
        }
    }
}
