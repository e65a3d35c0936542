using DocumentFormat.OpenXml;
using EcoBrief.Document;

namespace EcoBrief.Docx.Renderers;

/// <summary>The meta line under the title (who, where, when) in Subtitle.</summary>
internal sealed class MetaLineRenderer : DocxNodeRenderer<MetaLineBlock>
{
    protected override IEnumerable<OpenXmlElement> Render(MetaLineBlock meta, DocxRenderContext context) => [InlineRuns.InParagraph(meta.Inline, context, DocxStyles.Subtitle)];
}
