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
        Assert.Equal(["报告", "标题", "讲话人", "职务", "日期", "成绩", "问题", "任务", "战略重点", "数字", "上年GDP增长", "今年GDP目标", "PM2.5", "优良天数比率", "摘要", "数据"], lines[0].Split(','));
        Assert.StartsWith("甲 #1,'=某省政府工作报告,某某,省长,2026-01-27,5,3,8,0,40,,,,,甲 #1/summary.pdf,甲 #1/briefing.json", lines[1], StringComparison.Ordinal);
    }
}
