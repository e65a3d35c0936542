using DocumentFormat.OpenXml;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Any other container (an unknown custom block): its children, so nothing is lost.</summary>
internal sealed class ContainerRenderer : DocxNodeRenderer<ContainerBlock>
{
    protected override IEnumerable<OpenXmlElement> Render(ContainerBlock block, DocxRenderContext context) => context.RenderBlocks(block);
}
