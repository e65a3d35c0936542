using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Outline;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Extraction;

public sealed class OutlinePlacesTests
{
    private const string Report =
        "政府工作报告\n" +
        "各位代表：\n" +
        "一、2025年工作回顾\n" +
        "过去一年，全省地区生产总值增长5.5%。\n" +
        "（一）精准施策稳经济。推出稳经济政策。\n" +
        "（二）推动科技创新。新增高新技术企业3200家。\n" +
        "第二段说的是人才。新增院士5人。\n" +
        "二、2026年工作安排\n" +
        "（一）扩大内需。提振消费。\n";

    [Fact]
    public void A_numbered_item_is_placed_by_the_numbers_above_it_and_its_own()
    {
        var outline = OutlineBuilder.Build(ReportReader.Clean(Report));
        var node = outline.Root.DescendantsAndSelf().First(n => n.Text.StartsWith("推动科技创新", StringComparison.Ordinal));
        Assert.Equal("一、（二）", OutlinePlaces.Of(node));
    }

    [Fact]
    public void A_paragraph_without_a_number_is_counted_under_its_heading()
    {
        var outline = OutlineBuilder.Build(ReportReader.Clean(Report));
        var node = outline.Root.DescendantsAndSelf().First(n => n.Text.StartsWith("第二段", StringComparison.Ordinal));
        Assert.Matches("^一、（二）第[0-9]+段$", OutlinePlaces.Of(node));
    }

    [Fact]
    public void Every_item_of_a_real_report_has_its_place_and_keeps_its_line()
    {
        var briefing = Pipelines.Extract(TestPaths.TestFile("corpus", "texts", "2026-anhui-gov-work-report.txt"));
        var items = briefing.Achievements.Concat(briefing.Tasks).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i =>
        {
            Assert.False(string.IsNullOrEmpty(i.Span.Outline), i.Title);
            Assert.True(i.Span.Line > 0);
        });
        Assert.Equal("一、（一）", briefing.Achievements[0].Span.Outline);
    }
}
