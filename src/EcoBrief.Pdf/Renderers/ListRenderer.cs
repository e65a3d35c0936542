using EcoBrief.Document.Conventions;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>
/// Bulleted lists with •, ordered lists numbered 1. and, nested, （1）; the items fitting keeps
/// (<see cref="PdfRenderContext.Keeps"/>), and when it drops some, the template's cut note as the
/// last line, so the reader knows the list goes on elsewhere.
/// </summary>
public sealed class ListRenderer : PdfNodeRenderer<ListBlock>
{
    protected override Element? Render(ListBlock list, PdfRenderContext context)
    {
        var styles = context.Styles;
        var nested = list.Parent is ListItemBlock;
        var rows = new List<Element>();
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var markerWidth = styles.BodySize * (list.IsOrdered ? (nested ? 2.6f : 1.8f) : 1.1f);
        var dropped = 0;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (!context.Keeps(item))
            {
                dropped++;
                continue;
            }

            var marker = !list.IsOrdered ? ListNumbering.Bullet : ListNumbering.Format(nested ? 1 : 0, number);
            number++;
            var markerText = context.Text([new TextSpan(marker, list.IsOrdered ? styles.Body : styles.Body with { Color = PdfStyles.Accent })], TextAlignment.Left, lineSpacing: context.LineSpacing);
            var content = context.RenderBlocks(item, styles.BodySize * 0.2f);
            rows.Add(new Row([RowItem.Fixed(markerText, markerWidth), RowItem.Relative(content)], stretch: false, allowSplit: true));
        }

        if (dropped > 0 && context.Fit.Notes && styles.Settings.CutNote is { } note)
        {
            var text = note.Replace("{n}", dropped.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var noteText = context.Text([new TextSpan(text, styles.Body with { Color = PdfStyles.Muted })], TextAlignment.Left, lineSpacing: context.LineSpacing);
            rows.Add(new Padding(noteText, markerWidth, 0, 0, 0));
        }

        var indent = nested ? styles.BodySize : (list.IsOrdered && !styles.Settings.OnePage ? styles.BodySize * 2 : 0);
        return new Padding(new Column(rows, styles.BodySize * (styles.Settings.OnePage ? 0.15f : 0.25f)), indent, 0, 0, 0);
    }
}
