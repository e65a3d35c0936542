using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Block quotes: indented, on a faint background.</summary>
public sealed class QuoteRenderer : PdfNodeRenderer<QuoteBlock>
{
    protected override Element? Render(QuoteBlock quote, PdfRenderContext context)
    {
        var s = context.Styles.BodySize;
        return new Box(new Padding(context.RenderBlocks(quote, s * 0.3f), s, s * 0.3f, s * 0.5f, s * 0.3f), PdfStyles.Shade);
    }
}
