using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Tests.Extraction;

/// <summary>Where the problems start and how they are cut into items, through the extractor that uses it.</summary>
public sealed class ChallengeExtractorTests
{
    private const string Front = "2026年某省政府工作报告\n省长 王某某\n各位代表：\n";

    private const string Tasks = "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n（三）保障民生。正文。\n";

    private static Briefing Extract(string review) =>
        BriefingExtractor.Extract(OutlineBuilder.Build(ReportReader.Clean(Front + "一、2025年工作回顾\n过去一年，我们主要做了以下工作。\n一是稳增长。实施一批项目。\n二是促改革。推出一批举措。\n三是惠民生。办好民生实事。\n" + review + Tasks)));

    [Fact]
    public void A_shortfall_summed_up_in_one_sentence_and_spelled_out_in_the_next_opens_the_problems()
    {
        var b = Extract("与先进地区相比，我们的综合实力仍然不强，对外开放水平仍然不高。具体表现在：一是产业结构调整步伐亟待加快。二是增长方式转变任务还很艰巨。三是体制环境亟待改善。\n");
        Assert.Equal(["产业结构调整步伐亟待加快", "增长方式转变任务还很艰巨", "体制环境亟待改善"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void Problems_the_government_says_it_must_solve_are_admitted_and_the_closing_sentence_that_points_back_at_them_opens_nothing()
    {
        // 认真解决 after 必须 is a promise, not the year's work that solved them; 对于这些困难和问题 points back.
        var b = Extract("各位代表，我们必须密切关注、认真解决面临的困难和问题。一是增长动力不强。项目储备不足。二是发展方式粗放。能耗偏高。三是营商环境不优。审批环节过多。对于这些困难和问题，我们必须坚持不懈地努力解决。\n");
        Assert.Equal(["增长动力不强", "发展方式粗放", "营商环境不优"], b.Challenges.Select(c => c.Title));
    }

    [Theory]
    // The resolve that closes the problems, as a promise or a need: no problem; what it points back at neither.
    [InlineData("对上述问题，我们将高度重视，认真加以解决。")]
    [InlineData("对于以上问题，我们将在今后的工作中认真加以解决。")]
    [InlineData("上述问题，在新的一年里，我们将采取有力措施，切实加以解决。")]
    [InlineData("这些问题，需要我们在今后工作中认真加以解决。")]
    public void A_closing_resolve_that_promises_or_needs_a_solution_is_no_problem(string resolve)
    {
        var b = Extract("发展中还存在一些困难和问题，主要是：有效需求不足，消费恢复偏慢；创新能力不够强；民生保障还有短板。" + resolve + "\n");
        Assert.Equal(["有效需求不足，消费恢复偏慢", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void The_last_problem_before_a_resolve_that_needs_a_solution_keeps_its_own_clauses()
    {
        var b = Extract("发展中还存在一些困难和问题，主要是：有效需求不足；创新能力不够强；政府效能还需提高，干部作风有待转变等问题，需要我们在今后工作中认真加以解决。\n");
        Assert.Equal("政府效能还需提高，干部作风有待转变等问题", b.Challenges[^1].Title);
    }

    [Fact]
    public void Problems_after_a_strong_trigger_are_cut_at_their_ordinals()
    {
        var b = Extract("同时也要看到，发展中还面临不少困难和挑战：一是有效需求不足，消费恢复偏慢；二是创新能力不够强；三是民生保障还有短板。我们将采取有力措施加以解决。\n");
        // Each ordinal's clause, up to the next stop, is one problem; what follows the list is not one.
        Assert.Equal(["有效需求不足，消费恢复偏慢", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void A_passage_that_admits_problems_without_naming_one_has_none()
    {
        // 乌鲁木齐2021: 我们也清醒地认识到…面临的问题和挑战。我们将采取有力措施，认真解决和改进。 — the resolve is no problem.
        var b = Extract("在肯定成绩的同时，我们也清醒地认识到全省经济社会发展面临的问题和挑战。我们将采取有力措施，认真解决和改进。\n");
        Assert.Empty(b.Challenges);
    }

    [Fact]
    public void A_resolve_that_leads_in_the_problems_it_names_is_not_their_end()
    {
        var b = Extract("同时也要看到，发展中还存在一些问题。我们必须认真解决面临的困难和问题：一是有效需求不足；二是创新能力不够强。\n");
        Assert.Contains(b.Challenges, c => c.Title.Contains("有效需求不足", StringComparison.Ordinal));
        Assert.DoesNotContain(b.Challenges, c => c.Title.StartsWith("我们", StringComparison.Ordinal));
    }

    [Fact]
    public void A_turn_to_confidence_ends_the_problems()
    {
        var b = Extract("同时也要看到，发展中还面临不少困难和挑战。有效需求不足。创新能力不够强。我们既要正视困难，更要坚定信心。我国具有显著的制度优势，发展基础稳固。\n");
        Assert.Equal(["有效需求不足", "创新能力不够强"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void Problems_listed_as_clauses_after_主要是_are_items_too()
    {
        var b = Extract("我们也清醒看到，发展中还存在不少困难和问题，主要是：有效需求不足，创新能力不够强，民生保障还有短板。我们一定认真解决。\n");
        Assert.Equal(["有效需求不足", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void A_sentence_spelled_out_by_a_following_主要是_list_only_leads_in()
    {
        var b = Extract("我们清醒地认识到，发展中的结构性问题依然突出。\n主要是：有效需求不足，消费恢复偏慢；创新能力不够强；民生保障还有短板。\n我们一定认真解决。\n");
        Assert.Equal(["有效需求不足，消费恢复偏慢", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void A_list_announced_inside_a_sentence_starts_after_its_colon()
    {
        var b = Extract("同时也要看到，发展中还存在不少困难和问题。\n基层反映较多的问题没有根本解决，主要是：看病还不够方便；上学难度仍然较大。\n我们一定认真解决。\n");
        Assert.Equal(["看病还不够方便", "上学难度仍然较大"], b.Challenges.Select(c => c.Title));
    }

    [Theory]
    // Falling short of a yardstick, then what it shows in: 同时，对照…要求，…还存在不小差距。主要体现在：
    [InlineData("同时，对照高质量发展的要求，我们的工作还存在不小差距。主要体现在：有效需求不足；创新能力不够强；民生保障还有短板。我们一定认真解决。\n")]
    // Knowing what is lacking: 我们深知…不足
    [InlineData("我们深知，全省发展的基础还不牢固，工作中还有不少不足：有效需求不足；创新能力不够强；民生保障还有短板。我们一定认真解决。\n")]
    // …and where the knowing and the lack are far apart in one sentence (上海2012's shape).
    [InlineData("我们深知，全省正处于创新驱动、转型发展的关键时期，经济社会发展中出现的一些积极变化还是初步的，基础还不够牢固。有效需求不足；创新能力不够强；民生保障还有短板。我们一定认真解决。\n")]
    // A count of problems with 还有 or 不小: 还有许多短板和问题，主要是： · 仍然面临不小压力和挑战
    [InlineData("去年的预期目标没有全部实现，反映出工作中还有许多短板和问题，主要是：有效需求不足；创新能力不够强；民生保障还有短板。我们一定认真解决。\n")]
    [InlineData("当前全省经济社会发展仍然面临不小压力和挑战。有效需求不足；创新能力不够强；民生保障还有短板。我们一定认真解决。\n")]
    // A shortfall summed up, then spelled out: …综合实力仍然不强，…具体表现在：
    [InlineData("与先进地区相比，全市综合实力仍然不强，发展质量不够高，具体表现在：有效需求不足；创新能力不够强；民生保障还有短板。我们一定认真解决。\n")]
    public void A_passage_opened_by_another_turn_of_the_genre_gives_its_problems(string passage)
    {
        var b = Extract(passage);
        Assert.Contains(b.Challenges, c => c.Title.Contains("有效需求不足", StringComparison.Ordinal));
        Assert.Contains(b.Challenges, c => c.Title.Contains("创新能力不够强", StringComparison.Ordinal));
    }

    [Theory]
    // Knowing what made the results, or the work to do: no problem is admitted.
    [InlineData("我们深知，这些成绩的取得，离不开全省人民的辛勤付出。\n")]
    [InlineData("我们深知，人民对美好生活的向往就是我们的奋斗目标。\n")]
    public void Knowing_without_a_shortfall_admits_no_problem(string passage)
    {
        Assert.Empty(Extract(passage).Challenges);
    }

    [Fact]
    public void Without_a_trigger_there_are_no_challenges_and_the_achievements_are_kept()
    {
        var b = Extract(string.Empty);
        Assert.Empty(b.Challenges);
        Assert.Equal(["稳增长", "促改革", "惠民生"], b.Achievements.Select(a => a.Title));
    }

    [Fact]
    public void A_shortfall_the_outline_put_under_the_reviews_last_item_still_opens_the_problems()
    {
        // A review by （一）…（三） items whose last item's body runs on to the review's end: the passage
        // that admits the shortfall (…还存在不小差距。主要体现在：) is inside that item, and is still read.
        var b = BriefingExtractor.Extract(OutlineBuilder.Build(ReportReader.Clean(Front + "一、2025年工作回顾\n（一）稳增长\n实施一批项目。\n（二）促改革\n推出一批举措。\n（三）惠民生\n办好民生实事。\n" +
            "各位代表，过去一年取得的成绩来之不易。\n同时，对照高质量发展的要求，我们的工作还存在不小差距。主要体现在：有效需求不足；创新能力不够强；民生保障还有短板。我们一定认真解决。\n" + Tasks)));
        Assert.Equal(["稳增长", "促改革", "惠民生"], b.Achievements.Select(a => a.Title));
        Assert.Contains(b.Challenges, c => c.Title.Contains("创新能力不够强", StringComparison.Ordinal));
    }

    [Fact]
    public void The_trigger_is_found_in_the_review_before_the_tasks()
    {
        var outline = OutlineBuilder.Build(ReportReader.Clean(Front + "一、2025年工作回顾\n正文。\n同时也要看到，还存在一些困难和问题。\n" + Tasks));
        var parts = outline.Root.Children.Where(n => n.IsNumbered).ToList();
        var trigger = ChallengeExtractor.FindTrigger([.. parts[0].DescendantsAndSelf()], [], [.. parts[1].DescendantsAndSelf()]);
        Assert.NotNull(trigger);
        Assert.StartsWith("同时也要看到", trigger.Value.Node.Paragraph!.Text, StringComparison.Ordinal);
    }
}
