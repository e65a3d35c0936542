using DocumentFormat.OpenXml;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Any other container (an unknown custom block): its children, so nothing is lost.</summary>
internal sealed class ContainerRenderer : IDocxBlockRenderer
{
    public bool CanRender(Block block) => block is ContainerBlock;

    public IEnumerable<OpenXmlElement> Render(Block block, DocxRenderContext context) => context.RenderBlocks((ContainerBlock)block);
}
