using System.Text;
using EcoBrief.Comparison;
using EcoBrief.Model;
using EcoBrief.Pipeline;
using EcoBrief.Writers.Overview;

namespace EcoBrief.Tests.Writers.Overview;

/// <summary>The overview's two files, published through the pipeline from rows made by hand.</summary>
public sealed class OverviewWritersTests
{
    private static readonly OverviewRow Row = new(
        "甲 #1", new BriefingMeta("=某省政府工作报告", "某某", "省长", null, "2026-01-27", null), 5, 3, 8, 0, 40,
        new KeyIndicators(null, null, null, null), ["summary.pdf", "briefing.json"]);

    private static Dictionary<string, byte[]> Publish(params OverviewComparison[] comparisons) =>
        new BuildPipeline().Publish(new BuildOverview([Row], comparisons)).ToDictionary(f => f.FileName, f => f.Bytes);

    [Fact]
    public void The_page_links_each_report_and_comparison_with_every_path_segment_escaped()
    {
        var html = Encoding.UTF8.GetString(Publish(new OverviewComparison(["compare", "a--b"], "a", "b", new HashSet<string> { "compare.pdf" }))["index.html"]);
        Assert.Contains("<a href=\"%E7%94%B2%20%231/summary.pdf\" title=\"甲 #1\">=某省政府工作报告</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li>a → b：<a href=\"compare/a--b/compare.pdf\">PDF</a></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_is_utf8_with_a_bom_crlf_and_a_formula_is_text()
    {
        var csv = Publish()["overview.csv"];
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        Assert.Equal(
            ["报告", "标题", "级别", "地区", "年份", "讲话人", "职务", "会议日期", "发布日期", "待核对", "成绩", "问题", "任务", "战略重点", "数字",
             "上年GDP增长", "上年GDP增长单位", "上年GDP增长限定", "今年GDP目标", "今年GDP目标单位", "今年GDP目标限定", "PM2.5", "PM2.5单位", "PM2.5限定", "优良天数比率", "优良天数比率单位", "优良天数比率限定", "摘要", "数据"],
            lines[0].Split(','));
        Assert.StartsWith("甲 #1,'=某省政府工作报告,,,2026,某某,省长,,,,5,3,8,0,40,,,,,,,,,,,,,甲 #1/summary.pdf,甲 #1/briefing.json", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_gives_each_indicator_its_number_unit_and_bound_in_columns_of_their_own()
    {
        var span = new SourceSpan(0, 1, 1);
        var row = Row with
        {
            Indicators = new KeyIndicators(
                new KeyFigure("地区生产总值增长", 5.5m, "%", "5.5%", null, "", span),
                new KeyTarget("地区生产总值增长", 5m, "%", "5%—5.5%", null, span),
                new KeyFigure("PM2.5平均浓度", 30m, "微克/立方米", "30微克/立方米", null, "", span),
                new KeyFigure("优良天数比率", 85m, "%", "85%以上", null, "", span) { Qualifier = "以上" }),
        };
        var csv = Encoding.UTF8.GetString(new BuildPipeline().Publish(new BuildOverview([row], [])).Single(f => f.FileName == "overview.csv").Bytes[3..]);
        Assert.Contains(",5.5,%,,5,%,—5.5%,30,微克/立方米,,85,%,以上,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_go_by_level_then_region_then_year_and_an_unsure_report_is_flagged()
    {
        OverviewRow Of(string name, string? level, string? region, string date) =>
            Row with { Name = name, Meta = new BriefingMeta("政府工作报告", null, null, null, date, null) { Level = level, Region = region } };
        var rows = new[]
        {
            Of("c", "市级", "深圳市", "2020-01-01"), Of("b2", "省级", "安徽省", "2026-01-01"), Of("n", null, null, "2026-01-01"),
            Of("b1", "省级", "安徽省", "2025-01-01"), Of("a", "国家", "全国", "2024-03-05") with { Unsure = ["问题挑战"] },
        };
        Assert.Equal(["a", "b1", "b2", "c", "n"], OverviewRow.Sorted(rows).Select(r => r.Name));
        var html = Encoding.UTF8.GetString(new BuildPipeline().Publish(new BuildOverview(rows, [])).Single(f => f.FileName == "index.html").Bytes);
        Assert.Contains("<tr class=\"unsure\"><td class=\"t\">国家</td><td class=\"t\">全国</td><td class=\"n\">2024</td>", html, StringComparison.Ordinal);
        Assert.Contains("⚠ 待核对：问题挑战", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_charts_the_latest_years_gdp_targets_sorted_as_svg()
    {
        var span = new SourceSpan(0, 1, 1);
        OverviewRow Of(string region, decimal target, string text, string date) => Row with
        {
            Name = region,
            Meta = new BriefingMeta("政府工作报告", null, null, null, date, null) { Level = "省级", Region = region },
            Indicators = new KeyIndicators(null, new KeyTarget("地区生产总值增长", target, "%", text, null, span), null, null),
        };
        var rows = new[] { Of("安徽省", 5m, "5%—5.5%", "2026-02-05"), Of("北京市", 5m, "5%左右", "2026-01-25"), Of("甘肃省", 5.5m, "5.5%左右", "2026-01-27"), Of("河北省", 6m, "6%左右", "2025-01-20") };
        var html = Encoding.UTF8.GetString(new BuildPipeline().Publish(new BuildOverview(rows, [])).Single(f => f.FileName == "index.html").Bytes);
        Assert.Contains("2026年经济增长预期目标（3份报告，由高到低）", html, StringComparison.Ordinal);
        var svg = html[html.IndexOf("<svg", StringComparison.Ordinal)..html.IndexOf("</svg>", StringComparison.Ordinal)];
        // 5.5 before the two of 5, which go by their names' code points.
        Assert.True(svg.IndexOf("甘肃省", StringComparison.Ordinal) < svg.IndexOf("北京市", StringComparison.Ordinal));
        Assert.True(svg.IndexOf("北京市", StringComparison.Ordinal) < svg.IndexOf("安徽省", StringComparison.Ordinal));
        Assert.Contains(">5%—5.5%</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("河北省", svg, StringComparison.Ordinal);
    }
}
