using EcoBrief.Layout;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Renders one kind of Markdig block into layout elements (as Markdig's ObjectRenderer does for HTML).</summary>
public interface IBlockRenderer
{
    bool CanRender(Block block);

    Element? Render(Block block, PdfRenderContext context);
}
