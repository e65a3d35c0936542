using System.Globalization;
using System.Net;
using System.Text;
using EcoBrief.Chinese;
using EcoBrief.Document.Charts;

namespace EcoBrief.Writers.Charts;

/// <summary>
/// A <see cref="BarChart"/> as inline SVG: horizontal bars, a label before each group, each bar's
/// text after it, a legend when there is more than one series. Numbers are written with fixed
/// decimals in the invariant culture, so the same chart is the same bytes on every machine.
/// </summary>
public static class SvgBarChart
{
    /// <summary>The series' colours, in order: the palette's green, then a muted grey-blue, then amber.</summary>
    private static readonly string[] Colours = ["#2e7d4f", "#7f97b2", "#c98b2b"];

    private const float Bar = 14;
    private const float Gap = 3;
    private const float GroupGap = 8;
    private const float Width = 640;
    private const float FontSize = 12;

    public static string Render(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var series = Math.Max(1, chart.Series.Count);
        var labelWidth = Math.Clamp(chart.Groups.Select(g => DisplayWidth.Of(g.Label)).DefaultIfEmpty(4).Max() * FontSize / 2 + 10, 60, 220);
        var textRoom = chart.Groups.SelectMany(g => g.Bars).Where(b => b is not null).Select(b => DisplayWidth.Of(b!.Text)).DefaultIfEmpty(4).Max() * FontSize / 2 + 8;
        var barRoom = Width - labelWidth - textRoom;
        var legend = chart.Series.Count > 1 ? 22f : 0;
        var groupHeight = (series * Bar) + ((series - 1) * Gap);
        var height = legend + (chart.Groups.Count * (groupHeight + GroupGap)) + 4;

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {N(Width)} {N(height)}\" width=\"{N(Width)}\" height=\"{N(height)}\" font-size=\"{N(FontSize)}\">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{E(chart.Title)}</title>\n");
        if (legend > 0)
        {
            var x = labelWidth;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{Colours[s % Colours.Length]}\"/><text x=\"{N(x + 16)}\" y=\"14\">{E(chart.Series[s])}</text>\n");
                x += 16 + (DisplayWidth.Of(chart.Series[s]) * FontSize / 2) + 18;
            }
        }

        var y = legend;
        foreach (var group in chart.Groups)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(labelWidth - 6)}\" y=\"{N(y + (groupHeight / 2) + (FontSize * 0.35f))}\" text-anchor=\"end\">{E(group.Label)}</text>\n");
            for (var s = 0; s < group.Bars.Count; s++)
            {
                var by = y + (s * (Bar + Gap));
                if (group.Bars[s] is not { } bar)
                {
                    continue;
                }

                var w = (float)(chart.Share(bar.Value) * barRoom);
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(labelWidth)}\" y=\"{N(by)}\" width=\"{N(w)}\" height=\"{N(Bar)}\" fill=\"{Colours[s % Colours.Length]}\"><title>{E(group.Label)} {E(bar.Text)}</title></rect>");
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(labelWidth + w + 4)}\" y=\"{N(by + (Bar / 2) + (FontSize * 0.35f))}\">{E(bar.Text)}</text>\n");
            }

            y += groupHeight + GroupGap;
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string N(float v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
