using EcoBrief.Layout;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Any other container (an unknown custom block): its children, so nothing is lost.</summary>
public sealed class ContainerRenderer : PdfNodeRenderer<ContainerBlock>
{
    protected override Element? Render(ContainerBlock block, PdfRenderContext context) => context.RenderBlocks(block, context.Styles.BodySize * 0.3f);
}
