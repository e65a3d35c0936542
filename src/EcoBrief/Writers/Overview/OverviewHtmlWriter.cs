using System.Globalization;
using System.Net;
using System.Text;
using EcoBrief.Publishing;

namespace EcoBrief.Writers.Overview;

/// <summary>
/// The overview of a build of many reports as one self-contained page (<c>index.html</c>), sortable by
/// clicking a column's header: one row per report, by level, region and year (<see cref="OverviewRow.Sorted"/>),
/// each linking to that report's files, a report the extraction is unsure of flagged in its row; then
/// the charts of the latest year's GDP growth targets and PM2.5 (<see cref="OverviewCharts"/>, inline
/// SVG), and a list of the build's comparisons. Nothing in it depends on the clock or the
/// machine: a build writes it again only when a report's row changes, and <c>check</c> compares its bytes.
/// </summary>
public sealed class OverviewHtmlWriter : IWriter<BuildOverview>
{
    public string Format => "html";

    public string Extension => ".html";

    public WriteResult Write(BuildOverview input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        output.Write(Encoding.UTF8.GetBytes(Html(input.Rows, input.Comparisons)));
        return WriteResult.Empty;
    }

    private static readonly string[] Columns = ["级别", "地区", "年份", "报告", "讲话人", "职务", "日期", "核对", "成绩", "问题", "任务", "战略重点", "数字", "上年GDP增长", "今年GDP目标", "PM2.5", "优良天数比率", "文件"];

    private static readonly (string File, string Label)[] ComparisonLinks =
    [
        ("compare.pdf", "PDF"), ("compare.docx", "Word"), ("compare.json", "数据"), ("compare.html", "HTML"), ("compare.md", "MD"),
    ];

    private static string Html(IReadOnlyList<OverviewRow> rows, IReadOnlyList<OverviewComparison> comparisons)
    {
        var sb = new StringBuilder();
        var title = $"工作报告一览（{rows.Count.ToString(CultureInfo.InvariantCulture)}份）";
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\" />\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<meta name=\"generator\" content=\"EcoBrief\" />\n");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<h1>{E(title)}</h1>\n");
        sb.Append("<p class=\"note\">按级别、地区、年份排列；点击表头排序，再点一次倒序。空白表示报告未写明；数值照原文写法。“待核对”表示自动识别把握不足，请核对原文。</p>\n<table>\n<thead>\n<tr>");
        foreach (var c in Columns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(c)}</th>");
        }

        sb.Append("</tr>\n</thead>\n<tbody>\n");
        var sorted = OverviewRow.Sorted(rows);
        foreach (var r in sorted)
        {
            var m = r.Meta;
            var first = Link(r, "summary.pdf") ?? (r.Files.Count > 0 ? Href(r, r.Files[0]) : null);
            var name = m.Title ?? r.Name;
            sb.Append(r.Unsure.Count > 0 ? "<tr class=\"unsure\">" : "<tr>");
            sb.Append(CultureInfo.InvariantCulture, $"<td class=\"t\">{E(m.Level)}</td><td class=\"t\">{E(m.Region)}</td><td class=\"n\">{r.Year}</td>");
            sb.Append(first is null ? $"<td class=\"r\" title=\"{E(r.Name)}\">{E(name)}</td>" : $"<td class=\"r\"><a href=\"{first}\" title=\"{E(r.Name)}\">{E(name)}</a></td>");
            // The date it was given; a page's posting date only where no other is known, and said to be one.
            var date = m.Delivered ?? (m.Posted is { } posted ? posted + "（发布）" : null);
            sb.Append(CultureInfo.InvariantCulture, $"<td class=\"t\">{E(m.Speaker)}</td><td class=\"w\">{E(m.Role)}</td><td class=\"t\">{E(date)}</td>");
            sb.Append(r.Unsure.Count > 0 ? $"<td class=\"flag\" title=\"自动识别把握不足，请核对原文\">⚠ 待核对：{E(string.Join("、", r.Unsure))}</td>" : "<td></td>");
            foreach (var n in new[] { r.Achievements, r.Challenges, r.Tasks, r.Priorities, r.Figures })
            {
                sb.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{n}</td>");
            }

            var i = r.Indicators;
            Number(sb, i.GdpGrowth?.Value, i.GdpGrowth?.Text);
            Number(sb, i.GdpTarget?.Value, i.GdpTarget?.Text);
            Number(sb, i.Pm25?.Value, i.Pm25?.Text);
            Number(sb, i.GoodAirDays?.Value, i.GoodAirDays?.Text);
            sb.Append("<td class=\"files\">");
            sb.Append(string.Join(" · ", OverviewRow.Links.Where(l => r.Files.Contains(l.File, StringComparer.Ordinal)).Select(l => $"<a href=\"{Href(r, l.File)}\">{E(l.Label)}</a>")));
            sb.Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        sb.Append(OverviewCharts.Of(sorted));
        if (comparisons.Count > 0)
        {
            sb.Append("<h2>对比</h2>\n<ul>\n");
            foreach (var c in comparisons)
            {
                var folder = string.Concat(c.Folder.Select(segment => Uri.EscapeDataString(segment) + "/"));
                var links = ComparisonLinks.Where(l => c.Files.Contains(l.File)).Select(l => $"<a href=\"{E(folder + Uri.EscapeDataString(l.File))}\">{E(l.Label)}</a>");
                sb.Append(CultureInfo.InvariantCulture, $"<li>{E(c.Old)} → {E(c.New)}：{string.Join(" · ", links)}</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Number(StringBuilder sb, decimal? value, string? text) =>
        sb.Append(value is null ? "<td class=\"n\"></td>" : string.Create(CultureInfo.InvariantCulture, $"<td class=\"n\" data-sort=\"{value}\">{E(text)}</td>"));

    private static string? Link(OverviewRow r, string file) => r.Files.Contains(file, StringComparer.Ordinal) ? Href(r, file) : null;

    /// <summary>A link relative to the overview, each path segment percent-encoded (a folder name may hold spaces, # or ?).</summary>
    private static string Href(OverviewRow r, string file) => E(Uri.EscapeDataString(r.Name) + "/" + Uri.EscapeDataString(file));

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private const string Style = """
        body { font-family: "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.5em; font-weight: 600; }
        h2 { font-size: 1.2em; font-weight: 600; margin-top: 1.5em; }
        .note { color: #666; font-size: 0.9em; }
        table { border-collapse: collapse; font-size: 0.9em; }
        th, td { border: 1px solid #ccc; padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
        th { background: #eef3ee; cursor: pointer; user-select: none; white-space: nowrap; position: sticky; top: 0; }
        th[aria-sort="ascending"]::after { content: " ▲"; }
        th[aria-sort="descending"]::after { content: " ▼"; }
        td.n { text-align: right; white-space: nowrap; }
        td.files, td.t { white-space: nowrap; }
        td.r { min-width: 14em; }
        td.w { min-width: 6em; max-width: 12em; }
        tbody tr:nth-child(even) { background: #fafafa; }
        tbody tr.unsure { background: #fdf1ef; }
        td.flag { color: #a3341f; white-space: nowrap; font-weight: 600; }
        figure.chart { margin: 1.5em 0 0; }
        figure.chart figcaption { font-weight: 600; margin-bottom: 0.4em; }
        figure.chart svg { max-width: 100%; height: auto; }
        a { color: #1a5c2e; }

        """;

    /// <summary>Sorting without a server: numbers by their data-sort value, text in Chinese order, blanks last.</summary>
    private const string Script = """
        document.querySelectorAll("th").forEach((th, col) => th.addEventListener("click", () => {
          const body = th.closest("table").tBodies[0];
          const up = th.getAttribute("aria-sort") !== "ascending";
          th.parentNode.querySelectorAll("th").forEach(h => h.removeAttribute("aria-sort"));
          th.setAttribute("aria-sort", up ? "ascending" : "descending");
          const key = row => { const td = row.cells[col]; return td.dataset.sort ?? td.textContent.trim(); };
          const rows = [...body.rows].sort((a, b) => {
            const x = key(a), y = key(b);
            if (x === "" || y === "") return (x === "") - (y === "");
            const c = isNaN(x) || isNaN(y) ? x.localeCompare(y, "zh-CN") : x - y;
            return up ? c : -c;
          });
          rows.forEach(r => body.appendChild(r));
        }));

        """;
}
