using EcoBrief.Document;
using EcoBrief.Layout;
using EcoBrief.Layout.Text;

namespace EcoBrief.Pdf.Renderers;

/// <summary>The meta line under the title (who, where, when): centred, small and muted.</summary>
public sealed class MetaLineRenderer : PdfNodeRenderer<MetaLineBlock>
{
    protected override Element? Render(MetaLineBlock meta, PdfRenderContext context)
    {
        var styles = context.Styles;
        var style = styles.Small with { Size = styles.BodySize * 0.92f };
        // Broken as a title is, where the sense allows: between its parts (the dot dropped there), not inside a name.
        return context.Text(InlineText.Spans(meta.Inline, context, style), TextAlignment.Center, lineSpacing: 1.5f, phrases: true);
    }
}
