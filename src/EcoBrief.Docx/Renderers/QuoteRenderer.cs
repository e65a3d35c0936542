using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Block quotes in the Quote style.</summary>
internal sealed class QuoteRenderer : DocxNodeRenderer<QuoteBlock>
{
    protected override IEnumerable<OpenXmlElement> Render(QuoteBlock quote, DocxRenderContext context)
    {
        foreach (var element in context.RenderBlocks(quote))
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
