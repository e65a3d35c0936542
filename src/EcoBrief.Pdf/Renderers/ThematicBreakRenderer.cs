using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

public sealed class ThematicBreakRenderer : IBlockRenderer
{
    public bool CanRender(Block block) => block is ThematicBreakBlock;

    public Element? Render(Block block, PdfRenderContext context) => new Rule(PdfStyles.Rule, 0.6f, 4, 4);
}
