using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary># → Title; ## → Heading 1 (一、), ### → Heading 2 (（一）), #### → Heading 3 (1.), numbered by the styles' numbering.</summary>
internal sealed class HeadingRenderer : IDocxBlockRenderer
{
    public bool CanRender(Block block) => block is HeadingBlock;

    public IEnumerable<OpenXmlElement> Render(Block block, DocxRenderContext context)
    {
        var heading = (HeadingBlock)block;
        var style = heading.Level switch
        {
            1 => DocxStyles.Title,
            2 => DocxStyles.Heading1,
            3 => DocxStyles.Heading2,
            _ => DocxStyles.Heading3,
        };
        var ppr = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (heading.Level > 1 && !context.Settings.HeadingNumbering)
        {
            ppr.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 0 }));
        }

        var p = new Paragraph(ppr);
        p.Append(InlineRuns.Runs(heading.Inline, context));
        return [p];
    }
}
