using System.Globalization;
using System.Text;
using EcoBrief.Publishing;

namespace EcoBrief.Writers.Overview;

/// <summary>
/// The overview of a build of many reports as a table for a spreadsheet (<c>overview.csv</c>): UTF-8
/// with a BOM, CRLF, RFC 4180 quoting (so Excel opens it as it is), a field that would read as a
/// formula prefixed with <c>'</c>; one row per report, and a column of relative links for each kind of
/// file built.
/// </summary>
public sealed class OverviewCsvWriter : IWriter<BuildOverview>
{
    public string Format => "csv";

    public string Extension => ".csv";

    public WriteResult Write(BuildOverview input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        output.Write(Csv(input.Rows));
        return WriteResult.Empty;
    }

    /// <summary>Each key indicator as three columns: its number (so a spreadsheet sorts it as one), its unit and its bound as written.</summary>
    private static readonly string[] Indicators = ["上年GDP增长", "今年GDP目标", "PM2.5", "优良天数比率"];

    private static byte[] Csv(IReadOnlyList<OverviewRow> rows)
    {
        var sb = new StringBuilder();
        // A column for each kind of file that some report has.
        var links = OverviewRow.Links.Where(l => rows.Any(r => r.Files.Contains(l.File, StringComparer.Ordinal))).ToList();
        string[] header =
        [
            "报告", "标题", "级别", "地区", "年份", "讲话人", "职务", "会议日期", "发布日期", "待核对", "成绩", "问题", "任务", "战略重点", "数字",
            .. Indicators.SelectMany(i => new[] { i, i + "单位", i + "限定" }), .. links.Select(l => l.Label),
        ];
        Line(sb, header);
        foreach (var r in OverviewRow.Sorted(rows))
        {
            var m = r.Meta;
            var i = r.Indicators;
            string[] counts = [.. new[] { r.Achievements, r.Challenges, r.Tasks, r.Priorities, r.Figures }.Select(n => n.ToString(CultureInfo.InvariantCulture))];
            Line(sb, [r.Name, m.Title, m.Level, m.Region, r.Year?.ToString(CultureInfo.InvariantCulture), m.Speaker, m.Role, m.Delivered, m.Posted, string.Join("、", r.Unsure), .. counts,
                .. Parts(i.GdpGrowth), .. Parts(i.GdpTarget), .. Parts(i.Pm25), .. Parts(i.GoodAirDays),
                .. links.Select(l => r.Files.Contains(l.File, StringComparer.Ordinal) ? $"{r.Name}/{l.File}" : null)]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string?[] Parts(Model.KeyFigure? f) => f is null ? [null, null, null] : [Number(f.Value), f.Unit, f.Qualifier];

    /// <summary>A target's bound: its qualifier (左右, 以上), or what its text says beyond its number and unit (5%—5.5%: —5.5%).</summary>
    private static string?[] Parts(Model.KeyTarget? t) =>
        t is null ? [null, null, null] : [Number(t.Value), t.Unit, t.Qualifier ?? Rest(t.Text, Number(t.Value) + t.Unit)];

    private static string? Rest(string text, string head) =>
        text.StartsWith(head, StringComparison.Ordinal) && text.Length > head.Length ? text[head.Length..] : null;

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One CSV record (RFC 4180): a field with a comma, quote or line break is quoted; CRLF ends it.</summary>
    private static void Line(StringBuilder sb, IEnumerable<string?> fields)
    {
        sb.Append(string.Join(",", fields.Select(Field))).Append("\r\n");
    }

    private static string Field(string? value)
    {
        var v = value ?? string.Empty;
        // A field a spreadsheet would read as a formula is text (OWASP, CSV injection).
        if (v.Length > 0 && v[0] is '=' or '+' or '@' or '\t' or '\r')
        {
            v = "'" + v;
        }

        return v.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }
}
