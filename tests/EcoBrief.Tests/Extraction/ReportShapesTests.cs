using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Extraction;

/// <summary>Shapes of the genre the structure inference must read, each in a few lines of its own.</summary>
public sealed class ReportShapesTests
{
    private static Briefing Extract(string text, List<string>? explanation = null) =>
        BriefingExtractor.Extract(EcoBrief.Outline.OutlineBuilder.Build(ReportReader.Clean(text)), explanation);

    /// <summary>This year's work: three tasks, the end of most reports here.</summary>
    private const string ThreeTasks = "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n（三）保障民生。正文。\n";

    /// <summary>A review's heading and opening sentence, before the list a test gives it.</summary>
    private const string ReviewOpening = "一、2025年工作回顾\n2025年，我们团结奋斗，各项工作取得新成绩。\n";

    private const string Front = "2026年某省政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第四次会议上\n省长 王某某\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n";

    private const string PlanReview = "一、2025年工作回顾\n过去一年，我们主要做了以下工作。\n（一）推进产业升级。正文。\n（二）扩大有效需求。正文。\n（三）深化改革开放。正文。\n" +
        "同时，我们也清醒看到，发展中还存在不少困难和问题，主要是：有效需求不足，创新能力不够强。我们一定认真解决。\n二、2026年工作安排\n";

    [Fact]
    public void The_years_plan_heading_the_tasks_is_among_the_priorities_not_a_task()
    {
        // 上海2010, 江苏2020, 郑州2017: （一）2010年工作的总体要求和主要目标 heads the year's work; the keys never count it.
        var b = Extract(Front + PlanReview +
            "（一）2026年工作的总体要求和主要目标\n今年工作的总体要求是：坚持稳中求进。主要预期目标是：地区生产总值增长5%左右。\n" +
            "（二）全力扩大内需。正文。\n（三）全力发展产业。正文。\n（四）全力保障民生。正文。\n（五）全力深化改革。正文。\n");
        Assert.Equal(["全力扩大内需", "全力发展产业", "全力保障民生", "全力深化改革"], b.Tasks.Select(t => t.Title));
        Assert.Equal("2026年工作的总体要求和主要目标", b.Priorities[0].Title);
    }

    [Fact]
    public void A_task_that_names_its_aim_stays_a_task()
    {
        var b = Extract(Front + PlanReview +
            "（一）以建成创新型城市为奋斗目标，积极推进创新工作。正文。\n（二）全力扩大内需。正文。\n（三）全力发展产业。正文。\n（四）全力保障民生。正文。\n");
        Assert.Equal(4, b.Tasks.Count);
        Assert.StartsWith("以建成创新型城市为奋斗目标", b.Tasks[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Unnumbered_part_headings_on_lines_of_their_own_are_the_parts()
    {
        var b = Extract(Front +
            "2025年工作回顾\n过去一年，我们主要做了以下工作。\n" +
            "我们扎实推进产业升级，制造业加快发展。全年新增企业很多。\n我们持续扩大有效需求，消费持续回暖。投资保持增长。\n我们深入推进改革开放，营商环境持续优化。开放水平提高。\n" +
            "我们也清醒看到，发展中还存在不少困难和问题，主要是：有效需求不足，创新能力不够强，民生保障还有短板。我们一定认真解决。\n" +
            "2026年重点工作\n今年重点抓好以下三个方面工作。\n（一）扩大内需。正文。\n（二）发展产业。正文。\n（三）保障民生。正文。\n");
        Assert.Equal(3, b.Achievements.Count);
        Assert.StartsWith("我们扎实推进产业升级", b.Achievements[0].Title, StringComparison.Ordinal);
        Assert.Equal(["扩大内需", "发展产业", "保障民生"], b.Tasks.Select(t => t.Title));
        Assert.Equal(["有效需求不足", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void One_numbered_run_under_the_last_unnumbered_heading_is_that_parts_list_not_the_parts()
    {
        var b = Extract(Front +
            "2025年主要工作成效\n过去一年，我们坚决担负起经济大市的责任，经济总量稳步增长。全年增长5%。\n" +
            "过去一年，我们因地制宜发展新质生产力，创新动能持续增强。新增企业很多。\n过去一年，我们持续深化改革开放，营商环境持续优化。开放水平提高。\n" +
            "各位代表！在看到成绩的同时，我们也要清醒认识到，全市发展仍然面临不少困难和挑战：一是有效需求不足；二是创新能力不够强；三是民生保障还有短板。对此，我们将认真解决。\n" +
            "2026年工作安排\n今年是开局之年。\n一、全力扩大内需\n促进消费升级。正文。\n扩大有效投资。正文。\n二、全力发展产业\n壮大先进制造。正文。\n发展现代服务。正文。\n" +
            "三、全力保障民生\n稳定就业。正文。\n办好教育。正文。\n四、全力深化改革\n优化营商环境。正文。\n扩大开放。正文。\n五、全力加强治理\n建设平安城市。正文。\n加强应急管理。正文。\n");
        Assert.Equal(3, b.Achievements.Count);
        Assert.Equal(["有效需求不足", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
        Assert.Equal(["全力扩大内需", "全力发展产业", "全力保障民生", "全力深化改革", "全力加强治理"], b.Tasks.Select(t => t.Title));
    }

    [Fact]
    public void Problems_the_place_faces_counted_without_a_phrase_of_admission_are_the_problems()
    {
        var b = Extract(Front +
            "一、2025年工作回顾\n过去一年，我们扎实推进产业升级，制造业加快发展。全年新增企业很多。\n过去一年，我们持续扩大有效需求，消费持续回暖。投资保持增长。\n过去一年，我们深入推进改革开放，营商环境持续优化。开放水平提高。\n" +
            "各位代表！思危方可居安，知忧才能克难。全省发展仍面临不少挑战：一是有效需求不足；二是创新能力不够强；三是民生保障还有短板。我们将直面问题，全力以赴解决。\n" +
            ThreeTasks);
        Assert.Equal(["有效需求不足", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void Difficulties_named_as_the_years_circumstance_in_the_opening_are_not_the_problems()
    {
        var b = Extract(Front +
            "一、2025年工作回顾\n过去一年，国内外形势错综复杂，困难和挑战相互交织。在艰难险阻面前，我们迎难而上，完成了全年目标任务。\n" +
            "（一）扎实推进产业升级。制造业加快发展。\n（二）持续扩大有效需求。消费持续回暖。\n（三）深入推进改革开放。营商环境持续优化。\n" +
            "我们也清醒看到，发展中还存在不少困难和问题，主要是：有效需求不足，创新能力不够强，民生保障还有短板。\n" +
            ThreeTasks);
        Assert.Equal(["扎实推进产业升级", "持续扩大有效需求", "深入推进改革开放"], b.Achievements.Select(a => a.Title));
        Assert.Equal(["有效需求不足", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
    }

    [Theory]
    [InlineData("一年来，我们直面各种困难和挑战，稳中求进，着重抓了几件要事。")]
    [InlineData("一年来，我们着力破解发展中的深层次矛盾和问题，形成了良好态势。")]
    [InlineData("面对国内外严峻复杂形势和一系列重大风险挑战，我们迎难而上，完成了全年目标任务。")]
    public void Difficulties_faced_or_solved_in_the_opening_are_not_the_problems(string opening)
    {
        var b = Extract(Front + "一、2025年工作回顾\n" + opening + "\n" +
            "（一）扎实推进产业升级。制造业加快发展。\n（二）持续扩大有效需求。消费持续回暖。\n（三）深入推进改革开放。营商环境持续优化。\n" +
            "我们也清醒看到，发展中还存在不少困难和问题，主要是：有效需求不足，创新能力不够强，民生保障还有短板。\n" +
            ThreeTasks);
        Assert.Equal(["扎实推进产业升级", "持续扩大有效需求", "深入推进改革开放"], b.Achievements.Select(a => a.Title));
        Assert.Equal(["有效需求不足", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void When_the_reviews_heading_is_lost_the_problems_after_its_thanks_are_still_found()
    {
        // The review's heading ran into the line before it, so its items are read as the parts and the
        // thanks and the problems that close it fall in the last of them.
        var b = Extract("2026年某市政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作，请予审议。一、2025年工作回顾\n" +
            "（一）产业结构调整进一步深化。制造业加快发展。\n（二）对内对外开放水平进一步提高。外贸增长较快。\n（三）社会事业发展取得新成绩。教育卫生加快发展。\n" +
            "（四）政府自身建设进一步加强。依法行政水平提高。\n各位代表，过去一年所取得的成绩来之不易。在此，我代表市人民政府，向全市人民表示衷心的感谢！\n" +
            "各位代表，我们也清醒地看到，前进中还面临着许多问题，主要表现为：一是产业结构调整任务仍然艰巨；二是城市管理还有薄弱环节；三是就业压力依然较大。\n" +
            "二、2026年工作的总体要求和主要任务\n2026年工作的总体要求是：稳中求进。\n");
        Assert.Equal(["产业结构调整任务仍然艰巨", "城市管理还有薄弱环节", "就业压力依然较大"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void Problems_enumerated_in_the_paragraph_after_a_lead_in_that_ends_with_a_colon_are_the_problems()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "在看到成绩的同时，我们也清醒地认识到，发展还存在一些深层次问题：\n一是有效需求不足；二是创新能力不够强；三是民生保障还有短板。\n" +
            "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(["有效需求不足", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void A_part_read_as_problems_that_lists_none_leaves_the_problems_to_the_reviews_passage()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "在肯定成绩的同时，我们也清醒地看到，经济社会发展中还存在一些突出的困难和问题。主要是：有效需求不足；创新能力不够强；民生保障还有短板。\n" +
            "二、着力解决困难群众的生产生活问题\n今年，要多办实事。\n三、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(["有效需求不足", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void A_part_naming_the_years_tasks_with_no_list_before_chapters_of_action_is_their_plan_and_the_chapters_are_the_tasks()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）扎实推进产业升级。制造业加快发展。\n（二）持续扩大有效需求。消费持续回暖。\n（三）深入推进改革开放。营商环境持续优化。\n" +
            "我们也清醒认识到，发展中还存在一些突出问题：有效需求不足，创新能力不够强。\n" +
            "二、今年面临的形势和主要任务\n今年是关键之年。做好今年工作，要坚持稳中求进。全省生产总值增长6%左右。\n" +
            "三、加快发展现代农业，促进农民增收\n稳定粮食生产。正文。\n四、大力推进工业结构调整\n壮大先进制造业。正文。\n五、深化改革，扩大开放\n深化国企改革。正文。\n" +
            "六、切实改善民生，促进社会和谐\n稳定就业。正文。\n七、加强政府自身建设\n依法行政。正文。\n");
        Assert.Equal(["加快发展现代农业，促进农民增收", "大力推进工业结构调整", "深化改革，扩大开放", "切实改善民生，促进社会和谐"], b.Tasks.Select(t => t.Title).Take(4));
    }

    [Fact]
    public void The_years_targets_and_work_after_the_five_years_goals_and_tasks_are_this_years_work()
    {
        var b = Extract(Front + "一、2025年和“十四五”工作回顾\n（一）扎实推进产业升级。制造业加快发展。\n（二）持续扩大有效需求。消费持续回暖。\n（三）深入推进改革开放。营商环境持续优化。\n" +
            "二、“十五五”的奋斗目标和主要任务\n（一）关于总体要求。正文。\n（二）关于主要目标。正文。\n（三）关于重大举措。正文。\n" +
            "三、2026年的主要目标与重点工作\n今年主要预期目标是：生产总值增长5%左右。\n（一）大力提升实体经济发展水平。正文。\n（二）努力扩大有效投资。正文。\n（三）积极推动结构性改革。正文。\n（四）切实保障和改善民生。正文。\n");
        Assert.Equal(["大力提升实体经济发展水平", "努力扩大有效投资", "积极推动结构性改革", "切实保障和改善民生"], b.Tasks.Select(t => t.Title));
    }

    [Fact]
    public void Dash_leads_each_followed_by_paragraphs_of_their_own_are_the_achievements()
    {
        var b = Extract(Front + ReviewOpening +
            "——全力以赴稳增长，发展质量效益得到新提升。全年生产总值增长5%。\n加快发展特色优势产业，园区建设扎实推进。新增企业很多。\n" +
            "——攻坚克难治污染，生态建设取得新成效。空气质量持续改善。\n扎实推进清水入城工程，水质明显好转。\n" +
            "——真情实意保民生，人民生活质量有了新改善。居民收入稳步增长。\n进一步加大交通工程建设，新建天桥5座。\n" +
            "同时，我们也清醒地看到，发展中的问题和矛盾依然突出：城市基础设施还不完善，产业结构不够合理。\n" +
            ThreeTasks);
        Assert.Equal(3, b.Achievements.Count);
        Assert.StartsWith("全力以赴稳增长", b.Achievements[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_leads_some_of_which_follow_one_another_before_their_paragraphs_are_the_achievements()
    {
        // —— paragraphs, some with paragraphs of their own and some right after one another: one list, not runs of two.
        var b = Extract(Front + ReviewOpening +
            "——农业经济全面发展。粮食产量稳定增长。\n农民收入明显提高，扶贫工作有了新进展。\n" +
            "——工业生产较快增长。规模以上工业增长10%。\n——服务业繁荣活跃。消费品零售总额增长12%。\n商贸流通和旅游业发展较快。\n" +
            "——城市建设成效明显。新建公园5个。\n——社会事业全面进步。教育卫生加快发展。\n文化体育事业繁荣。\n" +
            "同时，我们也清醒地看到，发展中的问题和矛盾依然突出：城市基础设施还不完善，产业结构不够合理。\n" +
            ThreeTasks);
        Assert.Equal(["农业经济全面发展", "工业生产较快增长", "服务业繁荣活跃", "城市建设成效明显", "社会事业全面进步"], b.Achievements.Select(a => a.Title));
    }

    [Fact]
    public void Two_runs_of_dash_paragraphs_with_a_lead_in_between_are_two_lists_not_one()
    {
        // Last year's results as a run of —— paragraphs, then the five years' as another: the review's list is one of them.
        var b = Extract(Front + "一、2025年和“十四五”工作回顾\n2025年，我们团结奋斗，各项工作取得新成绩。\n" +
            "——经济发展稳中有进。生产总值增长5%。\n——质量效益全面提升。财政收入增长6%。\n——改革开放深入推进。新设企业很多。\n" +
            "各位代表，2025年主要任务已经完成，“十四五”圆满收官。\n" +
            "——综合实力大幅提升。生产总值年均增长6%。\n——产业结构持续优化。先进制造业比重提高。\n——城乡面貌焕然一新。建成一批公园。\n——人民生活明显改善。居民收入年均增长7%。\n" +
            ThreeTasks);
        Assert.InRange(b.Achievements.Count, 3, 4);
    }

    [Fact]
    public void A_paragraph_of_its_own_between_dash_leads_keeps_them_one_list()
    {
        var b = Extract(Front + ReviewOpening +
            "——生态建设开局良好。我们保护好生态。\n——产业建设扎实推进。我们培育新产业。\n新材料技术填补空白，产业链不断延伸。\n" +
            "——经济运行保持在合理区间。生产总值增长5%。\n——城乡融合步伐加快。农民收入增长7%。\n——人民生活品质稳步提升。民生支出占75%。\n" +
            ThreeTasks);
        Assert.Equal(5, b.Achievements.Count);
    }

    [Fact]
    public void Problems_still_waiting_to_be_solved_are_the_problems()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "当前，发展中仍有一些亟待解决的矛盾和问题，主要是：有效需求不足；创新能力不够强。\n" +
            "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(["有效需求不足", "创新能力不够强"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void A_review_of_the_five_years_then_of_last_year_in_parts_of_their_own_gives_last_years_list_and_its_problems()
    {
        var b = Extract(Front +
            "一、“十四五”重大成就\n五年来，我们团结奋斗，经济社会发展取得重大成就。\n综合实力稳步提升。生产总值年均增长6%。\n产业结构持续优化。新兴产业加快发展。\n城乡面貌显著改善。基础设施日趋完善。\n" +
            "二、2025年工作回顾\n过去一年，我们主要做了以下工作。\n（一）扎实推进产业升级。制造业加快发展。\n（二）持续扩大有效需求。消费持续回暖。\n（三）深入推进改革开放。营商环境持续优化。\n" +
            "我们也清醒认识到，发展中还存在一些突出问题：有效需求不足，创新能力不够强，民生保障还有短板。\n" +
            "三、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n（三）保障民生。正文。\n");
        Assert.Equal(["扎实推进产业升级", "持续扩大有效需求", "深入推进改革开放"], b.Achievements.Select(a => a.Title));
        Assert.Equal(["有效需求不足", "创新能力不够强", "民生保障还有短板"], b.Challenges.Select(c => c.Title));
        Assert.Equal(["扩大内需", "发展产业", "保障民生"], b.Tasks.Select(t => t.Title));
    }

    [Fact]
    public void A_run_in_lead_of_two_clauses_among_short_ones_stays_in_the_run()
    {
        var b = Extract(Front + "一、2025年工作回顾\n过去一年，全市人民团结奋斗，各项事业取得新成绩。\n" +
            "结构调整成效明显，经济稳定健康发展。全市生产总值增长5%。\n城市基础设施建设迈出新步伐，生态环境建设达到新水平。道路建设取得进展。\n" +
            "各项改革顺利推进，开放水平不断提高。审批制度改革继续深化。\n坚持为群众办实事，人民生活不断改善。居民收入实际增长5%。\n" +
            ThreeTasks);
        Assert.Equal(4, b.Achievements.Count);
        Assert.StartsWith("城市基础设施建设迈出新步伐", b.Achievements[1].Title, StringComparison.Ordinal);
    }

    [Theory]
    // The first head of several short clauses, longer than a short head, opens the run all the same.
    [InlineData("经济持续较快发展，质量效益稳步提高，综合实力明显增强。")]
    [InlineData("工业转型步伐加快，创新能力进一步增强，产业结构持续优化。")]
    public void A_first_run_in_head_of_several_short_clauses_opens_the_run(string head)
    {
        var b = Extract(Front + "一、2025年工作回顾\n过去一年，全市人民团结奋斗，各项事业取得新成绩。\n" +
            head + "全市生产总值增长5%。\n城乡建设迈出新步伐，生态环境持续改善。道路建设取得进展。\n" +
            "各项改革顺利推进，开放水平不断提高。审批制度改革继续深化。\n人民生活不断改善。居民收入实际增长5%。\n" +
            ThreeTasks);
        Assert.Equal(4, b.Achievements.Count);
        Assert.Equal(head.TrimEnd('。'), b.Achievements[0].Title);
    }

    [Fact]
    public void A_framing_sentence_that_opens_with_where_it_stands_opens_no_run()
    {
        var b = Extract(Front + "一、2025年工作回顾\n过去一年，全市人民团结奋斗，各项事业取得新成绩。\n" +
            "在过去五年的发展历程中，三个方面的成就意义尤为重大。一是脱贫攻坚全面完成。\n城乡建设迈出新步伐，生态环境持续改善。道路建设取得进展。\n" +
            "各项改革顺利推进，开放水平不断提高。审批制度改革继续深化。\n人民生活不断改善。居民收入实际增长5%。\n" +
            ThreeTasks);
        Assert.DoesNotContain(b.Achievements, a => a.Title.StartsWith("在过去五年", StringComparison.Ordinal));
    }

    [Fact]
    public void Group_leads_each_followed_by_paragraphs_of_their_own_are_the_achievements()
    {
        var b = Extract(Front +
            "一、2025年工作回顾\n过去的一年，我们认真贯彻中央决策部署，全省经济社会发展取得新成绩。\n" +
            "我们积极应对下行压力，经济发展取得新成效。全省生产总值增长5%。\n优化投资结构，提高投资效益，重点项目建设扎实推进，全年投资增长8%。\n努力扩大社会消费，加快流通体系建设，全年消费增长6%。\n" +
            "我们加快推进结构调整，转型发展迈出新步伐。新兴产业加快成长。\n积极推进节能减排和生态建设，重点行业治理全面推开，能耗下降3%。\n" +
            "我们着力改善民生和社会治理，人民生活水平稳步提高。就业保持稳定。\n深化医药卫生体制改革，县级公立医院改革试点全面推开。\n加快保障性安居工程建设，全年新开工10万套。\n" +
            "我们也清醒地看到，发展中还存在不少困难和问题，主要是：有效需求不足，创新能力不够强，民生保障还有短板。\n" +
            ThreeTasks);
        Assert.Equal(3, b.Achievements.Count);
        Assert.All(b.Achievements, a => Assert.StartsWith("我们", a.Title, StringComparison.Ordinal));
    }

    /// <summary>A review with three results and its problems, then this year's five tasks: the body the annex shapes follow.</summary>
    private const string ReviewAndFiveTasks =
        "一、2025年工作回顾\n（一）扎实推进产业升级。制造业加快发展。\n（二）持续扩大有效需求。消费持续回暖。\n（三）深入推进改革开放。营商环境持续优化。\n" +
        "我们也清醒看到，发展中还存在不少困难和问题，主要是：有效需求不足，创新能力不够强，民生保障还有短板。\n" +
        "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n（三）保障民生。正文。\n（四）深化改革。正文。\n（五）加强治理。正文。\n";

    [Fact]
    public void A_numbered_annex_under_a_title_of_the_years_undertakings_is_not_more_parts()
    {
        var explanation = new List<string>();
        var b = Extract(Front +
            ReviewAndFiveTasks +
            "2026年省十件民生实事\n" +
            string.Concat(Enumerable.Range(1, 10).Select(i => $"{EcoBrief.Chinese.ChineseNumeral.Format(i)}、办好第{i}件民生实事，努力让群众满意\n新建改扩建项目{i}个。\n")), explanation);
        Assert.Equal(2, explanation.Count(l => l.StartsWith("section ", StringComparison.Ordinal)));
        Assert.Equal(["扩大内需", "发展产业", "保障民生", "深化改革", "加强治理"], b.Tasks.Select(t => t.Title));
    }

    [Fact]
    public void A_numbered_annex_of_undertakings_that_name_their_departments_is_not_more_parts()
    {
        var explanation = new List<string>();
        var b = Extract(Front +
            ReviewAndFiveTasks +
            "三、全面加强政府自身建设\n我们要坚持依法行政。正文。\n" +
            string.Concat(Enumerable.Range(1, 12).Select(i => $"{EcoBrief.Chinese.ChineseNumeral.Format(i)}、办好第{i}件民生实事，新建改扩建项目{i}个（市第{i}局负责）\n")), explanation);
        Assert.Equal(3, explanation.Count(l => l.StartsWith("section ", StringComparison.Ordinal)));
        Assert.Equal(["扩大内需", "发展产业", "保障民生", "深化改革", "加强治理"], b.Tasks.Select(t => t.Title));
        Assert.Equal(3, b.Challenges.Count);
    }

    [Fact]
    public void Framing_paragraphs_that_open_alike_between_the_review_and_the_tasks_are_no_priorities()
    {
        var b = Extract(Front + ReviewAndFiveTasks.Replace("二、2026年重点工作", "二、2026年工作总体要求\n" +
            "今年要坚定信心，善于运用有利条件，推动经济平稳较快发展。\n当前形势依然复杂，需要我们保持清醒头脑，做好应对各种困难的准备。\n" +
            "今年要坚持稳中求进，加强和改善宏观调控，处理好各方面关系。\n做好今年工作，必须统筹兼顾，突出重点，扎实推进各项工作。\n" +
            "今年要恪尽职守、锐意进取，交出一份人民满意的答卷。\n我们一定不辜负人民的期望。\n三、2026年重点工作", StringComparison.Ordinal));
        Assert.Empty(b.Priorities);
        Assert.Equal(5, b.Tasks.Count);
    }

    [Theory]
    [InlineData("对照人民期望，我省发展仍然存在很多短板和问题，政府工作与人民群众期待还有差距。尽管去年大多数目标任务完成或超额完成。", "少数干部工作作风还不完全适应新要求等，我们要切实加以解决。")]
    [InlineData("我省发展仍存在不少困难和问题。", "少数干部工作作风还不完全适应新要求等。“十五五”期间，必须采取有效措施，努力加以解决。")]
    public void Framing_concessions_and_the_resolve_are_not_problems(string opening, string closing)
    {
        var b = Extract(Front +
            "一、2025年工作回顾\n（一）扎实推进产业升级。制造业加快发展。\n（二）持续扩大有效需求。消费持续回暖。\n（三）深入推进改革开放。营商环境持续优化。\n" +
            "我们也清醒地看到，" + opening + "经济发展的质量效益不高。产业结构偏重。创新能力不足。" + closing + "\n" +
            ThreeTasks);
        Assert.Equal(["经济发展的质量效益不高", "产业结构偏重", "创新能力不足", "少数干部工作作风还不完全适应新要求等"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void Theme_paragraphs_after_a_five_year_opening_belong_to_the_five_years_until_last_year_opens()
    {
        var b = Extract(Front +
            "一、“十四五”时期和2025年工作回顾\n过去五年极不平凡。全省上下团结奋斗，各项事业取得新成就。\n" +
            "综合实力稳步提升。生产总值达到6.1万亿元，财政总收入6200亿元。\n生态环境持续改善。优良天数比例达到85%。\n" +
            "刚刚过去的2025年很不平凡。生产总值增长5.2%，社会消费品零售总额增长4.8%。\n" +
            "（一）扩大内需。正文。\n（二）发展产业。正文。\n（三）保障民生。正文。\n" +
            ThreeTasks);
        KeyFigure Of(decimal value) => b.Figures.Single(f => f.Value == value);
        Assert.Equal(FigurePeriod.FiveYear, Of(6.1m).Period);
        Assert.Equal(FigurePeriod.FiveYear, Of(85m).Period);
        Assert.Equal(FigurePeriod.Result, Of(5.2m).Period);
        Assert.Equal(FigurePeriod.Result, Of(4.8m).Period);
    }

    [Fact]
    public void Indicator_paragraphs_are_results_and_the_announced_list_after_them_is_the_work()
    {
        var b = Extract(Front +
            "一、2025年工作回顾\n过去一年，全省经济运行稳中有进。\n——经济运行稳中向好。地区生产总值增长5.4%。\n——就业形势总体稳定。城镇新增就业60万人。\n" +
            "一年来，我们主要做了以下工作。\n一是着力稳增长。实施一批项目。\n二是着力促改革。推出一批举措。\n三是着力惠民生。办好民生实事。\n" +
            "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(["着力稳增长", "着力促改革", "着力惠民生"], b.Achievements.Select(a => a.Title));
        Assert.Equal("result", b.Figures[0].Period);
    }

    [Fact]
    public void A_chapter_on_the_governments_own_conduct_is_not_a_task_and_targets_are_read()
    {
        var b = Extract(Front +
            "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "二、2026年重点工作\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率控制在5.5%以内，城镇新增就业50万人以上。\n（一）扩大内需。正文。\n（二）发展产业。正文。\n" +
            "三、全面加强政府自身建设\n（一）坚持依法行政。正文。\n（二）坚持廉洁从政。正文。\n");
        Assert.Equal(["扩大内需", "发展产业"], b.Tasks.Select(t => t.Title));
        Assert.Collection(b.Targets,
            t => (t.Label, t.Value, t.Qualifier).Equals(("地区生产总值增长", 5m, "左右")).ShouldBeTrue(t.ToString()),
            t => (t.Label, t.Value, t.Qualifier, t.Text).Equals(("城镇调查失业率", 5.5m, "以内", "5.5%以内")).ShouldBeTrue(t.ToString()),
            t => (t.Label, t.Value, t.Qualifier).Equals(("城镇新增就业", 50m, "以上")).ShouldBeTrue(t.ToString()));
        Assert.All(b.Figures.Where(f => f.Span.Start > b.Tasks[0].Span.Start - 200), f => Assert.NotEqual("result", f.Period));
    }

    [Fact]
    public void Last_years_figures_are_results_even_where_the_paragraph_names_the_plan()
    {
        var b = Extract(Front + "一、2025年工作回顾和“十四五”时期发展成就\n2025年是“十四五”收官之年。全省地区生产总值增长4.2%。\n“十四五”时期，我们迎难而上。五年来地区生产总值年均增长5%。\n（一）稳增长。正文。\n（二）促改革。正文。\n二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal("result", b.Figures.Single(f => f.Value == 4.2m).Period);
        Assert.Equal("five_year", b.Figures.Single(f => f.Value == 5m).Period);
    }

    [Fact]
    public void A_years_average_concentration_is_last_years_result_and_its_comparison_after_a_pause_mark_its_change()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。全市地区生产总值增长4.8%。\n（二）治污染。PM2.5年均浓度36.2微克/立方米、同比下降5%，优良天数比例达到77%。\n" +
            "“十四五”以来，我们迎难而上，居民人均可支配收入年均实际增长5.5%。\n二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        var pm = b.Figures.Single(f => f.Value == 36.2m);
        Assert.Equal(("result", "同比下降5%"), (pm.Period, pm.Change));
        Assert.DoesNotContain(b.Figures, f => f.Value == 5m);
        Assert.Equal("five_year", b.Figures.Single(f => f.Value == 5.5m).Period);
    }

    private static IEnumerable<string> TargetsOf(string between) =>
        Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n二、2026年重点工作\n" + between + "（一）扩大内需。正文。\n（二）发展产业。正文。\n").Targets.Select(t => $"{t.Label} {t.Text}");

    [Theory]
    [InlineData("今年经济社会发展的主要预期指标建议是：地区生产总值增长6%，城镇登记失业率控制在4%以内。\n")] // 南京2012
    [InlineData("今年经济社会发展的主要预期目标和约束性指标是:地区生产总值增长6%;城镇登记失业率控制在4%以内。\n")] // 宁夏2007, half-width
    [InlineData("今年的主要发展目标是：地区生产总值增长6%；城镇登记失业率控制在4%以内。\n")] // 湖南2011
    [InlineData("综合考虑各种因素，今年经济社会发展主要目标建议为：地区生产总值增长6%，城镇登记失业率控制在4%以内。\n")] // 浙江2007
    [InlineData("综合考虑各方面因素，全市经济社会发展的目标是：地区生产总值增长6%；城镇登记失业率控制在4%以内。\n")] // 东莞2010
    [InlineData("建议2026年国民经济和社会发展主要预期目标为：\n——促进经济持续增长。地区生产总值增长6%。\n——努力增加就业。城镇登记失业率控制在4%以内。\n")] // 重庆2005, a dash line each
    public void The_years_targets_are_read_whatever_their_lead_calls_them(string between) =>
        Assert.Equal(["地区生产总值增长 6%", "城镇登记失业率 4%以内"], TargetsOf(between));

    [Fact]
    public void Targets_grouped_by_theme_sentence_by_sentence_are_read_to_the_last_group()
    {
        // 广州2019, 河南2019: 主要预期目标是：经济运行稳中有进，A增长6%…。质量效益稳步提升，B达到68%…。
        // 民生持续改善，C控制在3%左右。 An explanation after them (今年的增长目标，比全省高1个百分点 ·
        // 需要说明的是…) names no target of its own.
        var targets = TargetsOf("今年经济社会发展的主要预期目标是：经济运行稳中有进，地区生产总值增长6%，固定资产投资增长8%左右。" +
            "质量效益稳步提升，研发经费支出占地区生产总值比重达到2.8%，地方一般公共预算收入增长5%。民生持续改善，居民消费价格涨幅控制在3%左右。" +
            "今年的经济增长目标，比全省高1个百分点，考虑了发展的需要和可能。需要说明的是，今年提出6%的增长目标，综合考虑了各方面因素。\n");
        Assert.Equal(["地区生产总值增长 6%", "固定资产投资增长 8%左右", "研发经费支出占地区生产总值比重 2.8%", "地方一般公共预算收入增长 5%", "居民消费价格涨幅 3%左右"], targets);
    }

    [Fact]
    public void A_price_index_is_no_result_of_a_target_of_a_rise_in_prices()
    {
        // 居民消费价格指数101.5% beside 居民消费价格涨幅3.5%左右 would read as prices up by 101.5%.
        var b = Extract(Front + "一、2025年工作回顾\n全市生产总值增长6.2%，居民消费价格指数101.5%。\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "二、2026年重点工作\n今年经济社会发展的主要预期目标是：地区生产总值增长6%，居民消费价格涨幅3.5%左右。\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        var rows = EcoBrief.Comparison.TargetTable.Of(b);
        Assert.Equal([("地区生产总值增长", "6.2%"), ("居民消费价格涨幅", null)], rows.Select(r => (r.Target.Label, r.Result?.Text)));
    }

    [Fact]
    public void A_real_growth_target_is_measured_by_a_real_result_never_by_the_nominal_one()
    {
        // 实际增长7%左右 beside the nominal 增长9.2% would read as a target beaten by 2 points; the real
        // result is given 分别实际增长 (each item keeps 实际), or not at all (the row then shows none).
        var b = Extract(Front + "一、2025年工作回顾\n全市生产总值增长6.2%。城镇居民人均可支配收入41000元，增长9.2%；农村居民人均可支配收入21000元，增长8.8%。" +
            "城镇居民人均消费支出26000元、农村居民人均消费支出15000元，分别实际增长5.1%和6.3%。\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "二、2026年重点工作\n今年经济社会发展的主要预期目标是：地区生产总值增长6%，城镇居民人均可支配收入实际增长7%左右，城镇居民人均消费支出实际增长5%，农村居民人均可支配收入增长8%。\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        var rows = EcoBrief.Comparison.TargetTable.Of(b);
        Assert.Equal(
            [("地区生产总值增长", "6.2%"), ("城镇居民人均可支配收入实际增长", null), ("城镇居民人均消费支出实际增长", "5.1%"), ("农村居民人均可支配收入增长", "8.8%")],
            rows.Select(r => (r.Target.Label, r.Result?.Text)));
    }

    [Fact]
    public void Targets_typeset_with_spaces_inside_their_numbers_keep_their_qualifiers()
    {
        // Typesetting and conversions leave spaces inside a number's phrase (增长 8.3% ；, 12 %以上, 3% 左右);
        // the targets read as they do without them, each with its qualifier.
        var spaced = TargetsOf("今年经济社会发展的主要预期目标是：地区生产总值增长 8.3% ；一般公共预算收入增长 12 %以上；城镇新增就业 11 万人以上；居民消费价格涨幅控制在 3% 左右。\n");
        var plain = TargetsOf("今年经济社会发展的主要预期目标是：地区生产总值增长8.3%；一般公共预算收入增长12%以上；城镇新增就业11万人以上；居民消费价格涨幅控制在3%左右。\n");
        Assert.Equal(["地区生产总值增长 8.3%", "一般公共预算收入增长 12%以上", "城镇新增就业 11万人以上", "居民消费价格涨幅 3%左右"], spaced);
        Assert.Equal(plain, spaced);
    }

    [Theory]
    [InlineData("城镇居民人均消费支出26000元，农村居民人均消费支出15000元，分别实际增长5.1%和6.3%。")]
    [InlineData("城镇居民人均消费支出、农村居民人均消费支出扣除价格因素分别增长5.1%和6.3%。")]
    [InlineData("城镇居民人均消费支出和农村居民人均消费支出分别实际增长5.1%和6.3%。")]
    public void Changes_given_respectively_keep_their_reckoning_without_prices(string review)
    {
        var labels = Extract(Front + "一、2025年工作回顾\n" + review + "\n（一）稳增长。正文。\n（二）促改革。正文。\n二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n")
            .Figures.Where(f => f.Unit == "%").Select(f => f.Label);
        Assert.Equal(["城镇居民人均消费支出实际增长", "农村居民人均消费支出实际增长"], labels);
    }

    [Fact]
    public void Last_years_result_beside_a_target_is_the_one_the_target_names_in_its_own_words()
    {
        // 财政收入增长14.6%，其中地方财政收入增长14.1%: both are revenue; the row of 地方财政收入 takes 14.1%.
        var b = Extract(Front + "一、2025年工作回顾\n全市财政收入880.7亿元、增长14.6%，其中地方财政收入480.1亿元、增长14.1%。\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "二、2026年重点工作\n今年经济社会发展的主要预期目标是：财政收入增长9%，地方财政收入增长8%。\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        var rows = EcoBrief.Comparison.TargetTable.Of(b);
        Assert.Equal([("财政收入增长", "14.6%"), ("地方财政收入增长", "14.1%")], rows.Select(r => (r.Target.Label, r.Result?.Text)));
    }

    [Fact]
    public void Goals_set_for_the_plans_horizon_are_not_the_years_targets()
    {
        // 深圳2006, 宁夏2008, 陕西2006: 到2010年的主要预期目标是：… before 今年…的主要预期目标是：….
        var targets = TargetsOf("到2030年，全省经济社会发展主要预期目标和约束指标是：\n——地区生产总值年均增长5%左右。\n——森林覆盖率达到30%。\n——单位生产总值能耗降低15%。\n" +
            "今年经济社会发展的主要预期目标是：地区生产总值增长6%，城镇登记失业率控制在4%以内。\n");
        Assert.Equal(["地区生产总值增长 6%", "城镇登记失业率 4%以内"], targets);
    }

    [Fact]
    public void Targets_announced_by_a_sentence_of_their_own_are_read_from_the_lines_after_it()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "二、2026年重点工作\n综合研判形势，我们对年初考虑的预期目标作了适当调整。\n今年要优先稳就业保民生；\n城镇新增就业60万人以上，城镇调查失业率5.5%左右；\n居民消费价格涨幅3%左右。\n" +
            "（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(["城镇新增就业 60万人 以上", "城镇调查失业率 5.5% 左右", "居民消费价格涨幅 3% 左右"], b.Targets.Select(t => $"{t.Label} {t.Value}{t.Unit} {t.Qualifier}"));
    }

    [Fact]
    public void A_review_of_the_five_years_alone_gives_five_year_figures_and_one_with_a_passage_on_last_year_gives_results()
    {
        const string Tasks = "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n";
        var five = Extract(Front + "一、过去五年工作回顾\n五年来，经济实力跃上新台阶。\n地区生产总值从4万亿元增加到5.2万亿元。\n城镇新增就业300万人以上。\n（一）稳增长。正文。\n（二）促改革。正文。\n" + Tasks);
        Assert.All(five.Figures, f => Assert.Equal("five_year", f.Period));
        var mixed = Extract(Front + "一、“十四五”时期工作回顾\n五年来，经济实力跃上新台阶。\n刚刚过去的2025年，我们迎难而上。\n（一）稳增长。全省地区生产总值增长5.1%。\n（二）促改革。正文。\n" + Tasks);
        Assert.Equal("result", mixed.Figures.Single(f => f.Value == 5.1m).Period);
    }

    [Fact]
    public void A_target_range_is_one_target_and_a_pair_given_respectively_is_a_target_each_with_the_bound_written_once()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n二、2026年重点工作\n今年发展的主要预期目标是：地区生产总值增长5%—5.5%，一般公共预算收入增长4.5-5%，城镇、农村居民人均可支配收入分别增长5%、6.5%左右，城乡居民人均消费支出分别增长4%左右和5%左右。CPI涨幅2%左右，城镇居民人均可支配收入和农民人均纯收入均增长6%。这些目标兼顾了需要和可能，增长3%。\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(
            [("地区生产总值增长", "5%—5.5%"), ("一般公共预算收入增长", "4.5-5%"), ("城镇居民人均可支配收入增长", "5%左右"), ("农村居民人均可支配收入增长", "6.5%左右"),
             ("城镇居民人均消费支出增长", "4%左右"), ("农村居民人均消费支出增长", "5%左右"), ("CPI涨幅", "2%左右"), ("城镇居民人均可支配收入增长", "6%"), ("农民人均纯收入增长", "6%")],
            b.Targets.Select(t => (t.Label, t.Text)));
        Assert.Equal(["左右", "左右"], b.Targets.Skip(2).Take(2).Select(t => t.Qualifier));
    }

    [Fact]
    public void The_plans_goals_are_not_the_years_targets()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n二、“十五五”时期主要目标和2026年重点工作\n“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右，居民收入增长和经济增长同步。\n今年经济社会发展主要预期指标是：地区生产总值增长5.5%左右，城镇调查失业率全年控制在5.5%以内。\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal([("地区生产总值增长", "5.5%左右"), ("城镇调查失业率", "5.5%以内")], b.Targets.Select(t => (t.Label, t.Text)));
    }

    private const string ChapterReport = "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n二、今年发展主要目标和下一阶段工作总体部署\n今年要做好以下工作。\n" +
        "三、稳住经济基本盘，着力稳企业保就业\n正文。\n四、依靠改革激发市场主体活力\n正文。\n五、实施扩大内需战略，推动发展方式转变\n正文。\n六、推进更高水平对外开放\n正文。\n";

    [Fact]
    public void Chapters_after_the_overall_plan_are_each_one_task_even_one_that_names_a_strategy()
    {
        var b = Extract(Front + ChapterReport);
        Assert.Equal(4, b.Tasks.Count);
        Assert.StartsWith("实施扩大内需战略", b.Tasks[2].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_each_chapter_is_a_task_the_chapter_on_the_governments_own_conduct_is_one_too()
    {
        // ANSWER-KEYS: the tasks include the item on the government's own conduct; with chapters as the
        // tasks, that item is the chapter on it (七、全面加强政府自身建设…).
        var b = Extract(Front + ChapterReport + "七、全面加强政府自身建设\n做好今年各项工作，必须切实加强政府自身建设。\n");
        Assert.Equal(5, b.Tasks.Count);
        Assert.StartsWith("全面加强政府自身建设", b.Tasks[4].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_in_that_only_says_there_are_problems_is_no_problem()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n同时，我们也清醒认识到，发展中还有不少困难和挑战，工作中也存在一些不足。有效需求仍显不足。产业转型任务艰巨。我们一定高度重视。\n" +
            "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(["有效需求仍显不足", "产业转型任务艰巨"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void Semicolon_problems_with_a_short_first_clause_keep_their_lead_and_a_lead_in_that_calls_for_solutions_goes()
    {
        // Each ；-clause is one problem: its title runs past a first clause too short to say what it is
        // (需求不足 / 同先进地区相比), and the sentence that only says problems await solving is no problem.
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "我们清醒认识到，发展面临的困难挑战依然严峻复杂，一些问题矛盾亟待破解。有效需求不足，重点项目储备不够，新型消费培育不快，科技创新支撑不强，传统产业下行压力较大，新兴产业规模偏小，这更加坚定我们转型升级的决心；" +
            "同先进地区相比，营商环境存在差距，市场化程度不高，县域经济发展活力不足，民生领域还有短板弱项，这更加坚定我们深化改革的信心；财政收支矛盾突出，基层保障压力较大，防范化解风险任务繁重，一些领域本质安全水平不高，这更加坚定我们防范风险的担当。我们要直面问题。\n" +
            "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(["有效需求不足，重点项目储备不够，新型消费培育不快", "同先进地区相比，营商环境存在差距，市场化程度不高", "财政收支矛盾突出，基层保障压力较大，防范化解风险任务繁重"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void A_problem_set_against_a_circumstance_is_a_problem_and_the_answer_to_the_problems_is_not()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "同时，我们也清醒认识到，发展中的问题仍然不少，主要是：有效需求不足。产业转型任务艰巨。面对新形势新要求，政府治理还有不适应的地方。面对这些问题，我们一定认真解决。\n" +
            "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(["有效需求不足", "产业转型任务艰巨", "面对新形势新要求，政府治理还有不适应的地方"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void The_governments_own_shortcomings_after_but_short_of_the_peoples_expectations_are_problems()
    {
        // No passage of problems in the review; the government's task admits its own: …，但与人民的期待仍有不小差距。
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n（三）加强政府自身建设\n过去一年，政府自身建设取得新的成绩，但与人民的期待仍有不小差距。职能转变还不到位；行政效率有待提高。这些问题必须下大力气解决。\n");
        Assert.Equal(["职能转变还不到位", "行政效率有待提高"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void A_lead_in_that_states_the_countrys_stage_and_unsolved_problems_is_no_problem()
    {
        var b = Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n" +
            "我们清醒认识到，我国仍处于社会主义初级阶段，仍是世界最大发展中国家，发展不平衡的一些突出问题尚未解决。有效需求仍显不足。产业转型任务艰巨。我们一定高度重视。\n" +
            "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(["有效需求仍显不足", "产业转型任务艰巨"], b.Challenges.Select(c => c.Title));
    }

    [Fact]
    public void Last_years_numbered_list_wins_over_the_five_years_run_in_leads_before_it()
    {
        var b = Extract(Front + "一、“十四五”时期和2025年工作回顾\n过去的五年极不寻常。我们迎难而上，完成规划目标，经济社会发展取得新的成就。\n" +
            "综合实力稳步提升。生产总值突破新台阶，年均增长5.5%。\n产业转型提质增效。新兴产业加快发展。\n改革开放走深走实。营商环境持续优化。\n生态环境持续改善。空气质量明显好转。\n" +
            "刚刚过去的2025年很不平凡。面对复杂形势，我们坚持稳中求进，全年经济运行总体平稳、稳中有进，各项事业取得新进展，人民生活持续改善，社会大局和谐稳定。\n" +
            "（一）千方百计稳就业稳企业。正文。\n（二）全力以赴防风险守底线。正文。\n（三）用心用情办好民生实事。正文。\n" +
            "二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n");
        Assert.Equal(["千方百计稳就业稳企业", "全力以赴防风险守底线", "用心用情办好民生实事"], b.Achievements.Select(a => a.Title));
    }

    [Fact]
    public void The_explanation_names_the_parts_their_roles_and_the_lists_chosen()
    {
        var notes = new List<string>();
        Extract(Front + "一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n", notes);
        Assert.Contains(notes, n => n.Contains("「2025年工作回顾」 → Review", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("「2026年重点工作」 → Tasks", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("  chose （一） run, 2 items", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spaced_name_a_dotted_name_and_a_date_in_chinese_numerals_are_read()
    {
        var b = Extract("2026年某市政府工作报告\n——二〇二六年一月二十七日在某市第十六届人民代表大会第四次会议上\n某市市长 龚 正\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n");
        Assert.Equal("龚正", b.Meta.Speaker);
        Assert.Equal("2026-01-27", b.Meta.Published);
        Assert.Equal("艾尔肯·吐尼亚孜", Extract("2026年某区政府工作报告\n自治区主席 艾尔肯·吐尼亚孜\n各位代表：\n现在，我代表自治区人民政府向大会报告工作。\n").Meta.Speaker);
    }

    /// <summary>
    /// Bold unnumbered part headings over numbered items whose numbers start again in the next part
    /// (一、…三、 under the review, 一、…三、 under this year's work): the numbers are lists inside the
    /// parts, not the parts.
    /// </summary>
    [Fact]
    public void Numbers_that_start_again_are_lists_inside_unnumbered_parts()
    {
        var b = Extract(Front +
            "2025年工作回顾\n" +
            "一、经济运行稳中有进。生产总值增长5%。\n二、转型升级步伐加快。新兴产业占比提高。\n三、社会事业成效显著。城乡居民收入增长。\n" +
            "我们也清醒看到，发展中还存在不少困难和问题，主要是：有效需求不足，创新能力不够强。我们一定认真解决。\n" +
            "2026年主要任务\n" +
            "一、全面深化改革开放。正文。\n二、全力推进转型升级。正文。\n三、着力做好民生工作。正文。\n");
        Assert.Equal(["经济运行稳中有进", "转型升级步伐加快", "社会事业成效显著"], b.Achievements.Select(a => a.Title));
        Assert.Equal(["全面深化改革开放", "全力推进转型升级", "着力做好民生工作"], b.Tasks.Select(t => t.Title));
    }

    /// <summary>A run of numbered headings where the source lost one number (（三） then （五）) is still one list.</summary>
    [Fact]
    public void A_run_goes_on_over_one_number_the_source_lost()
    {
        var b = Extract(Front +
            "一、2025年工作回顾\n过去一年，我们主要做了以下工作。\n（一）扩大内需。正文。\n（二）发展产业。正文。\n（三）保障民生。正文。\n" +
            "二、2026年重点工作\n（一）扩大有效需求。正文。\n（二）发展现代产业。正文。\n（三）推进城乡融合。正文。\n" +
            "加快补齐基础设施短板，确保经济稳定增长。\n切实扩大有效投资。正文。\n" +
            "（五）深化改革开放。正文。\n（六）保障改善民生。正文。\n");
        Assert.Equal(["扩大有效需求", "发展现代产业", "推进城乡融合", "深化改革开放", "保障改善民生"], b.Tasks.Select(t => t.Title));
    }
}

public sealed class ScrapedShapesTests
{
    [Fact]
    public void A_heading_broken_after_its_bracket_and_a_subtitle_broken_over_two_lines_are_read_whole()
    {
        var b = Stages.Extract(ReportReader.Clean(
            "2026年某省政府工作报告\n——2026年1月20日在某省第十四届人民代表大会\n第四次会议上\n省长 王某某\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n" +
            "一、2025年工作回顾\n（一）稳增长。正文。\n（\n二）促改革。正文。\n二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n"));
        Assert.Equal("某省第十四届人民代表大会第四次会议", b.Meta.Occasion);
        Assert.Equal(["稳增长", "促改革"], b.Achievements.Select(a => a.Title));
    }
}

internal static class BoolAssertions
{
    public static void ShouldBeTrue(this bool value, string what) => Assert.True(value, what);
}
