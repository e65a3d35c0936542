using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document;

namespace EcoBrief.Docx.Renderers;

/// <summary>The meta line under the title (who, where, when) in Subtitle.</summary>
internal sealed class MetaLineRenderer : DocxNodeRenderer<MetaLineBlock>
{
    protected override IEnumerable<OpenXmlElement> Render(MetaLineBlock meta, DocxRenderContext context)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Subtitle }));
        p.Append(InlineRuns.Runs(meta.Inline, context));
        return [p];
    }
}
