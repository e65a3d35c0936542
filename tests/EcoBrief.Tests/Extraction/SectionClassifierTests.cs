using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Outline;

namespace EcoBrief.Tests.Extraction;

public sealed class SectionClassifierTests
{
    /// <summary>The top-level numbered parts of <paramref name="text"/> as sections, their roles assigned.</summary>
    private static List<ReportSection> Assign(string text)
    {
        var outline = OutlineBuilder.Build(ReportReader.Clean(text));
        var sections = outline.Root.Children.Where(n => n.IsNumbered).Select(n => new ReportSection(n, n.Children)).ToList();
        var notes = SectionClassifier.Assign(sections);
        Assert.Equal(sections.Count, notes.Count);
        return sections;
    }

    [Fact]
    public void A_report_s_parts_are_the_review_what_lies_between_the_tasks_and_the_government_s_conduct()
    {
        var sections = Assign(
            "一、2025年工作回顾\n过去一年，我们主要做了以下工作。\n" +
            "二、2026年经济社会发展的总体要求和主要预期目标\n今年发展的主要预期目标是：地区生产总值增长5%左右。\n" +
            "三、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n" +
            "四、全面加强政府自身建设\n新征程上，我们要坚持依法行政。\n");
        Assert.Equal([SectionRole.Review, SectionRole.Between, SectionRole.Tasks, SectionRole.Government], sections.Select(s => s.Role));
    }

    [Fact]
    public void A_part_of_problems_of_its_own_is_the_challenges()
    {
        var sections = Assign(
            "一、2025年工作回顾\n过去一年，我们主要做了以下工作。\n" +
            "二、存在的问题\n一是需求不足。二是创新不够。\n" +
            "三、2026年重点任务\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(SectionRole.Challenges, sections[1].Role);
        Assert.Equal(SectionRole.Tasks, sections[2].Role);
    }

    [Fact]
    public void A_year_s_work_named_for_a_year_before_the_latest_is_its_review_even_after_a_part_on_an_emergency()
    {
        var outline = OutlineBuilder.Build(ReportReader.Clean(
            "一、关于疫情防控\n疫情发生以来，我们全力以赴抓好防控。\n" +
            "二、关于2025年工作\n2025年，全省上下团结奋斗。\n我们坚持稳增长，经济运行保持在合理区间。\n我们全力打好三大攻坚战，基础更加牢固。\n我们大力推进改革开放，发展活力持续增强。\n" +
            "三、关于2026年目标任务及考虑\n今年发展的主要预期目标是：地区生产总值增长5%左右。\n" +
            "四、关于2026年重点工作安排建议\n（一）扩大内需。正文。\n（二）发展产业。正文。\n（三）保障民生。正文。\n" +
            "五、关于加强政府自身建设\n新征程上，我们要坚持依法行政。\n"));
        var sections = outline.Root.Children.Where(n => n.IsNumbered).Select(n => new ReportSection(n, n.Children)).ToList();
        var notes = SectionClassifier.Assign(sections);
        // The rules of thumb (a feature of every role) and the fitted roles both read 关于2025年工作 as the review.
        Assert.Contains("the rules say Review", notes[1], StringComparison.Ordinal);
        Assert.Contains("the rules say Tasks", notes[3], StringComparison.Ordinal);
        Assert.Equal(SectionRole.Review, sections[1].Role);
        Assert.Equal(SectionRole.Tasks, sections[3].Role);
    }

    [Fact]
    public void The_explanation_names_each_part_its_role_its_probability_and_what_the_rules_say()
    {
        var outline = OutlineBuilder.Build(ReportReader.Clean("一、2025年工作回顾\n正文。\n二、2026年重点工作\n（一）甲。正文。\n"));
        var sections = outline.Root.Children.Where(n => n.IsNumbered).Select(n => new ReportSection(n, n.Children)).ToList();
        var notes = SectionClassifier.Assign(sections);
        Assert.StartsWith("section 1 「2025年工作回顾」 → Review (p ", notes[0], StringComparison.Ordinal);
        Assert.Contains("the rules say Review", notes[0], StringComparison.Ordinal);
        Assert.StartsWith("section 2 「2026年重点工作」 → Tasks", notes[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025年工作回顾", true, true)]
    [InlineData("“十四五”时期工作成效", true, true)]
    [InlineData("2026年重点工作", false, true)]
    [InlineData("全面加强政府自身建设", false, true)]
    [InlineData("深入推进蓝天保卫战", false, false)]
    public void Headings_read_as_a_review_or_as_a_part_of_a_work_report(string heading, bool review, bool part)
    {
        Assert.Equal(review, SectionClassifier.ReadsAsReview(heading));
        Assert.Equal(part, SectionClassifier.IsPartHeading(heading));
    }

    /// <summary>
    /// The last part of a report is often the government's own conduct, named in many ways: as its
    /// building (建设…政府), its level of work, its conduct. A part about a kind of government service in
    /// a list of works (数字政府, 政府补助) is not it, nor is a part that plans the government's work.
    /// </summary>
    [Theory]
    [InlineData("坚持和加强党的全面领导，全力建设让人民更加满意的政府", true)]
    [InlineData("努力建设人民满意政府", true)]
    [InlineData("建设对人民高度负责的政府", true)]
    [InlineData("切实提高政府履职能力和水平", true)]
    [InlineData("求真务实，不断改进政府作风", true)]
    [InlineData("加快政府自身改革和建设", true)]
    [InlineData("完成今年任务的主要保障措施", true)]
    [InlineData("全面加强政府自身建设", true)]
    [InlineData("深化“数字政府”建设，提供高效便捷的服务", false)]
    [InlineData("提高新农合政府补助标准", false)]
    [InlineData("2024年政府工作安排", false)]
    [InlineData("本届政府工作回顾", false)]
    public void Headings_of_the_governments_own_conduct(string heading, bool government)
    {
        Assert.Equal(government, SectionClassifier.ReadsAsGovernment(heading));
    }
}
