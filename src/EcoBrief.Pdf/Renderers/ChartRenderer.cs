using EcoBrief.Document.Charts;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;

namespace EcoBrief.Pdf.Renderers;

/// <summary>
/// A chart drawn by the layout engine: its title, a legend when it has more than one series, then a row
/// a group — the label, and a bar a series with its value as written after it — and its note. The bars
/// are boxes whose width is the value's share of the largest; nothing but rectangles and text, so the
/// PDF needs nothing new to draw it. Kept on one page.
/// </summary>
public sealed class ChartRenderer : PdfNodeRenderer<ChartBlock>
{
    /// <summary>The series' colours, as <c>SvgBarChart</c> has them: the same chart looks the same in HTML.</summary>
    internal static readonly Color[] Colours = [Color.Hex(0x2E7D4F), Color.Hex(0x7F97B2), Color.Hex(0xC98B2B)];

    /// <summary>How much of the bars' room the largest bar takes: the rest is for its value.</summary>
    private const float BarRoom = 0.78f;

    protected override Element? Render(ChartBlock block, PdfRenderContext context)
    {
        var chart = block.Chart;
        var styles = context.Styles;
        var s = Math.Min(styles.BodySize, 11f);
        var small = styles.Small with { Size = s * 0.82f, Color = styles.Body.Color };
        var parts = new List<Element>
        {
            context.Text([new TextSpan(chart.Title, styles.Strong with { Size = s * 0.95f })], TextAlignment.Left, lineSpacing: 1.4f),
        };
        if (chart.Series.Count > 1)
        {
            var legend = new List<RowItem>();
            for (var i = 0; i < chart.Series.Count; i++)
            {
                legend.Add(RowItem.Fixed(new Padding(new Box(new Spacer(s * 0.6f), Colours[i % Colours.Length]), 0, s * 0.3f, 0, s * 0.3f), s * 0.7f));
                legend.Add(RowItem.Fixed(context.Text([new TextSpan(chart.Series[i], small)], TextAlignment.Left, lineSpacing: 1.3f), (chart.Series[i].Length + 1.5f) * small.Size));
            }

            legend.Add(RowItem.Relative(new Spacer(0)));
            parts.Add(new Row(legend, s * 0.3f, stretch: false));
        }

        var labelWidth = s * 9;
        foreach (var group in chart.Groups)
        {
            var bars = new List<Element>();
            for (var i = 0; i < group.Bars.Count; i++)
            {
                var share = group.Bars[i] is { } bar ? (float)chart.Share(bar.Value) * BarRoom : 0;
                var text = group.Bars[i]?.Text ?? "—";
                bars.Add(new Row(
                [
                    RowItem.Relative(share > 0 ? new Box(new Spacer(s * 0.75f), Colours[i % Colours.Length]) : new Spacer(s * 0.75f), Math.Max(share, 0.001f)),
                    RowItem.Relative(context.Text([new TextSpan(text, small)], TextAlignment.Left, lineSpacing: 1.0f), Math.Max(1 - share, 0.001f)),
                ], s * 0.25f, stretch: false));
            }

            parts.Add(new Row(
            [
                RowItem.Fixed(context.Text([new TextSpan(group.Label, small)], TextAlignment.Left, lineSpacing: 1.25f, phrases: true), labelWidth),
                RowItem.Relative(new Column(bars, s * 0.12f)),
            ], s * 0.5f, stretch: false));
        }

        if (chart.Note is { } note)
        {
            parts.Add(context.Text([new TextSpan(note, styles.Small with { Size = s * 0.75f })], TextAlignment.Left, lineSpacing: 1.3f));
        }

        return new Padding(new KeepTogether(new Column(parts, s * 0.35f)), 0, s * 0.4f, 0, s * 0.4f);
    }
}
