using EcoBrief.Document.Rendering;
using EcoBrief.Layout;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Renders the blocks of one type into layout elements; null for nothing on the page.</summary>
public abstract class PdfNodeRenderer<TBlock> : NodeRenderer<TBlock, PdfRenderContext, Element?>
    where TBlock : Block
{
}
