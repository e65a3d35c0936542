using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Tests.Extraction;

public sealed class ItemBuilderTests
{
    /// <summary>The item built from the first numbered node of <paramref name="text"/>.</summary>
    private static BriefingItem Build(string text)
    {
        var outline = OutlineBuilder.Build(ReportReader.Clean(text));
        var node = outline.Root.Children.First(n => n.IsNumbered);
        return ItemBuilder.Build(TextPiece.Of(node), new KeyFigureIndex(Array.Empty<KeyFigure>()))!;
    }

    [Fact]
    public void The_lead_sentence_is_the_title_without_its_stop_the_next_is_the_summary_the_rest_are_points()
    {
        var item = Build("一、持续深入打好蓝天保卫战。印发空气质量持续改善行动计划，明确京津冀及周边地区、长三角地区、汾渭平原等重点区域和城市的任务安排。完成钢铁超低排放改造。推进散煤治理。\n");
        Assert.Equal("持续深入打好蓝天保卫战", item.Title);
        Assert.Equal("印发空气质量持续改善行动计划，明确京津冀及周边地区、长三角地区、汾渭平原等重点区域和城市的任务安排。", item.Summary);
        Assert.Equal(["完成钢铁超低排放改造。", "推进散煤治理。"], item.Points);
    }

    [Fact]
    public void A_short_first_summary_sentence_takes_the_next_with_it()
    {
        var item = Build("一、推进改革。完成机构改革。深化放管服改革。其余工作。\n");
        Assert.Equal("完成机构改革。深化放管服改革。", item.Summary);
        Assert.Equal(["其余工作。"], item.Points);
    }

    [Fact]
    public void A_lead_in_word_is_not_part_of_the_title()
    {
        Assert.Equal("经济回升基础还不稳固", Build("一、从国内看，经济回升基础还不稳固。需求不足。\n").Title);
        Assert.Equal("部分地区财政困难", Build("一、同时，部分地区财政困难。正文。\n").Title);
    }

    [Fact]
    public void A_clause_that_only_announces_what_follows_is_not_part_of_the_title()
    {
        // A title of the announcement alone (尤其需要注意的是) would name nothing.
        Assert.Equal(
            "年内接连发生了多起特别重大的生产安全事故和自然灾害引发的次生灾害，损失严重",
            Build("一、尤其需要注意的是，年内接连发生了多起特别重大的生产安全事故和自然灾害引发的次生灾害，损失严重。正文。\n").Title);
        Assert.Equal("值得肯定", Build("一、值得肯定。正文。\n").Title);
    }

    [Fact]
    public void A_long_lead_sentence_gives_its_first_clause_as_title_and_the_rest_to_the_summary()
    {
        var item = Build("一、坚持精准科学依法治污，深入推进蓝天碧水净土保卫战，持续改善生态环境质量并全面加强生态系统保护和修复工作，确保各项目标任务全面完成。正文。\n");
        Assert.Equal("坚持精准科学依法治污，深入推进蓝天碧水净土保卫战", item.Title);
        Assert.StartsWith("持续改善生态环境质量", item.Summary, StringComparison.Ordinal);
    }

    [Theory]
    // A first clause of ten or so characters names only a circumstance or half the point: the title runs on
    // to the first clause end past 20 characters (ANSWER-KEYS: a key is a 10–20 character run of the lead).
    [InlineData("一、外贸回稳的基础还不牢固，海外订单持续偏少，部分中小企业生产经营较为困难，稳定外贸外资基本盘的压力依然很大。正文。\n", "外贸回稳的基础还不牢固，海外订单持续偏少")]
    [InlineData("一、商品房成交量虽然有所回升，但部分板块价格上涨依然偏快，房地产市场平稳健康发展的长效机制需要进一步加强和完善。正文。\n", "商品房成交量虽然有所回升，但部分板块价格上涨依然偏快")]
    // Where the second clause would run past 40 characters, the first stands alone.
    [InlineData("一、保障供给稳定运行，统筹推进煤电油气运各类要素的协调调度并建立健全跨区域应急互济机制和长效保障体系，确保平稳。正文。\n", "保障供给稳定运行")]
    public void A_title_cut_from_a_long_sentence_runs_to_the_first_clause_end_past_twenty_characters(string text, string title) =>
        Assert.Equal(title, Build(text).Title);

    [Theory]
    [InlineData("加强监管，推进改革", -1)]
    [InlineData("加强生态环境监管，推进改革", 8)]
    [InlineData("短，句子很长很长，后面", 8)]
    [InlineData("在（一，二）之外的工作，继续", 11)]
    [InlineData("没有分句", -1)]
    public void The_first_clause_ends_at_a_comma_or_semicolon_outside_brackets_after_a_few_characters(string text, int expected)
    {
        Assert.Equal(expected, ItemBuilder.FirstClauseEnd(text));
    }
}
