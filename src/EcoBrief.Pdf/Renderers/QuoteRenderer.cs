using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Block quotes: indented, on a faint background.</summary>
public sealed class QuoteRenderer : IBlockRenderer
{
    public bool CanRender(Block block) => block is QuoteBlock;

    public Element? Render(Block block, PdfRenderContext context)
    {
        var s = context.Styles.BodySize;
        return new Box(new Padding(context.RenderBlocks((QuoteBlock)block, s * 0.3f), s, s * 0.3f, s * 0.5f, s * 0.3f), PdfStyles.Shade);
    }
}
