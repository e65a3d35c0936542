using System.Globalization;
using System.Net;
using System.Text;
using EcoBrief.Document.Charts;
using EcoBrief.Writers.Charts;

namespace EcoBrief.Writers.Overview;

/// <summary>
/// The charts newsrooms draw by hand every spring (各地GDP增长目标一览), from the reports of a build:
/// this year's GDP growth targets of the latest year's reports, sorted, and their PM2.5 where they
/// state it. Nothing when fewer than two reports of that year state one.
/// </summary>
internal static class OverviewCharts
{
    public static string Of(IReadOnlyList<OverviewRow> rows)
    {
        var sb = new StringBuilder();
        if (Latest(rows, r => r.Indicators.GdpTarget is not null) is { } year)
        {
            var bars = rows.Where(r => r.Year == year && r.Indicators.GdpTarget is not null)
                .Select(r => (Label: Label(r), Bar: new Bar(r.Indicators.GdpTarget!.Value, r.Indicators.GdpTarget.Text)))
                .OrderByDescending(b => b.Bar.Value).ThenBy(b => b.Label, StringComparer.Ordinal).ToList();
            Chart(sb, new BarChart($"{year}年经济增长预期目标（{bars.Count}份报告，由高到低）", ["今年目标"], [.. bars.Select(b => new BarGroup(b.Label, [b.Bar]))], "按目标数值排列；区间目标按下限，文字照原文。"));
        }

        if (Latest(rows, r => r.Indicators.Pm25 is not null) is { } pmYear)
        {
            var bars = rows.Where(r => r.Year == pmYear && r.Indicators.Pm25 is not null)
                .Select(r => (Label: Label(r), Bar: new Bar(r.Indicators.Pm25!.Value, r.Indicators.Pm25.Text)))
                .OrderByDescending(b => b.Bar.Value).ThenBy(b => b.Label, StringComparer.Ordinal).ToList();
            Chart(sb, new BarChart($"{pmYear}年报告所述PM2.5浓度（{bars.Count}份报告，由高到低）", ["PM2.5"], [.. bars.Select(b => new BarGroup(b.Label, [b.Bar]))], "上年实绩，单位照原文。"));
        }

        return sb.ToString();
    }

    /// <summary>The latest year in which two reports or more have what <paramref name="has"/> asks, or null.</summary>
    private static int? Latest(IReadOnlyList<OverviewRow> rows, Func<OverviewRow, bool> has) =>
        rows.Where(r => r.Year is not null && has(r)).GroupBy(r => r.Year!.Value).Where(g => g.Count() >= 2).Select(g => (int?)g.Key).DefaultIfEmpty(null).Max();

    private static string Label(OverviewRow r) => r.Meta.Region ?? r.Meta.Title ?? r.Name;

    private static void Chart(StringBuilder sb, BarChart chart)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\">\n<figcaption>{WebUtility.HtmlEncode(chart.Title)}</figcaption>\n");
        sb.Append(SvgBarChart.Render(chart));
        if (chart.Note is { } note)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{WebUtility.HtmlEncode(note)}</p>\n");
        }

        sb.Append("</figure>\n");
    }
}
