using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace EcoBrief.Document.KeyFigures;

/// <summary>Key figures as a row of cards: the figure as written large, what it measures below, the change small.</summary>
public sealed class HtmlKeyFiguresRenderer : HtmlObjectRenderer<KeyFiguresBlock>
{
    protected override void Write(HtmlRenderer renderer, KeyFiguresBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"key-figures\">");
        foreach (var e in block.Entries)
        {
            renderer.Write("<div class=\"kf\"><div class=\"kf-value\">").WriteEscape(e.Text).Write("</div><div class=\"kf-label\">").WriteEscape(e.Indicator).Write("</div>");
            if (!string.IsNullOrEmpty(e.Change))
            {
                renderer.Write("<div class=\"kf-change\">").WriteEscape(e.Change).Write("</div>");
            }

            renderer.WriteLine("</div>");
        }

        renderer.WriteLine("</div>");
    }
}
