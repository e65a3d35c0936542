using EcoBrief.Layout;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Any other container (an unknown custom block): its children, so nothing is lost.</summary>
public sealed class ContainerRenderer : IBlockRenderer
{
    public bool CanRender(Block block) => block is ContainerBlock;

    public Element? Render(Block block, PdfRenderContext context) => context.RenderBlocks((ContainerBlock)block, context.Styles.BodySize * 0.3f);
}
