using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

public sealed class ThematicBreakRenderer : PdfNodeRenderer<ThematicBreakBlock>
{
    protected override Element? Render(ThematicBreakBlock rule, PdfRenderContext context) => new Rule(PdfStyles.Rule, 0.6f, 4, 4);
}
