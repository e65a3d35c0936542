using EcoBrief.Comparison;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Tests.Extraction;

public sealed class KeyFigureExtractorTests
{
    private static List<KeyFigure> Figures(string text) => KeyFigureExtractor.Extract(OutlineBuilder.Build(ReportReader.Clean(text)).Root, []);

    [Fact]
    public void Label_is_the_noun_phrase_before_the_number_without_the_copula()
    {
        var f = Assert.Single(Figures("全国地级及以上城市细颗粒物(PM2.5)平均浓度为30微克/立方米。"));
        Assert.Equal("全国地级及以上城市细颗粒物（PM2.5）平均浓度", f.Label);
        Assert.Equal(30m, f.Value);
        Assert.Equal("微克/立方米", f.Unit);
        Assert.Equal("30微克/立方米", f.Text);
    }

    [Fact]
    public void A_following_comparison_becomes_the_change_not_a_figure()
    {
        var f = Assert.Single(Figures("全国地表水水质优良断面比例为89.4%，同比上升1.5个百分点。"));
        Assert.Equal("同比上升1.5个百分点", f.Change);
    }

    [Fact]
    public void Magnitude_words_stay_in_the_unit()
    {
        var figures = Figures("全年各地办理行政处罚案件7.96万件、罚没款数额总计62.7亿元。");
        Assert.Contains(figures, f => f is { Label: "各地办理行政处罚案件", Value: 7.96m, Unit: "万件" });
        Assert.Contains(figures, f => f is { Label: "罚没款", Value: 62.7m, Unit: "亿元" });
    }

    [Fact]
    public void A_number_after_a_bare_verb_is_labelled_by_the_noun_that_follows()
    {
        var f = Figures("累计完成4.2亿吨粗钢产能全流程超低排放改造。").Single();
        Assert.StartsWith("粗钢产能", f.Label, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("细颗粒物（PM2.5）浓度下降。")]
    [InlineData("联合国气候变化迪拜大会（COP28）取得积极成果。")]
    [InlineData("2023年是关键一年，2024年3月5日召开会议。")]
    [InlineData("完成全国生态状况变化（2015—2020年）调查评估。")]
    public void Codes_years_and_dates_are_not_figures(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_qualified_figure_takes_the_label_of_the_one_it_qualifies()
    {
        var figures = Figures("全国优良天数比率为85.5%，扣除沙尘异常超标天后为86.8%，好于年度目标0.6个百分点。");
        Assert.Contains(figures, f => f.Label == "全国优良天数比率（扣除沙尘异常超标天后）" && f.Value == 86.8m && f.Change == "好于年度目标0.6个百分点");
    }

    [Fact]
    public void Headline_indicators_rank_before_counts()
    {
        var figures = Figures("部党组举办3期读书班、8次理论中心组学习。全国优良天数比率为85.5%，同比上升1个百分点。");
        Assert.Equal("全国优良天数比率", figures[0].Label);
    }

    [Fact]
    public void Section_names_the_headings_above_the_figure()
    {
        var f = Figures("一、工作回顾\n（二）坚持精准治污，持续打好攻坚战。完成散煤治理约200万户。").Single();
        Assert.Equal("一、工作回顾 / （二）坚持精准治污，持续打好攻坚战", f.Section);
    }

    [Fact]
    public void A_bare_growth_verb_takes_the_subject_of_the_figure_before_it()
    {
        var figures = Figures("国内生产总值超过126万亿元，增长5.2%。");
        Assert.Contains(figures, f => f is { Label: "国内生产总值", Value: 126m, Unit: "万亿元" });
        Assert.Contains(figures, f => f is { Label: "国内生产总值增长", Value: 5.2m, Unit: "%" });
    }
}

public sealed class FigureShapesTests
{
    private static List<EcoBrief.Model.KeyFigure> Figures(string text) => KeyFigureExtractor.Extract(OutlineBuilder.Build(ReportReader.Clean(text)).Root, []);

    /// <summary>The figures of <paramref name="text"/> in its order, the one at <paramref name="index"/> alone.</summary>
    private static List<EcoBrief.Model.KeyFigure> Figures(string text, int index) =>
        [Figures(text).OrderBy(f => f.Span.Start).ElementAt(index)];

    [Fact]
    public void A_number_with_nothing_of_its_own_before_it_measures_what_the_one_before_it_measures()
    {
        var f = Figures("地区生产总值迈上6万亿元台阶，达到62661亿元。");
        Assert.Contains(f, x => x.Value == 62661m && x.Unit == "亿元" && x.Label.Contains("地区生产总值", StringComparison.Ordinal));
        var g = Figures("城镇、农村居民人均可支配收入分别增长4.4%、5.9%。");
        Assert.Contains(g, x => x.Value == 5.9m && x.Label.Contains("人均可支配收入", StringComparison.Ordinal));
    }

    [Fact]
    public void From_a_value_to_another_is_the_second_with_the_first_as_its_change()
    {
        var f = Assert.Single(Figures("清洁能源装机占比从26.7%提高到52.1%。"));
        Assert.Equal(52.1m, f.Value);
        Assert.Equal("清洁能源装机占比", f.Label);
        Assert.Equal("从26.7%提高到52.1%", f.Change);
    }

    private static Briefing Report(string review) => BriefingExtractor.Extract(OutlineBuilder.Build(ReportReader.Clean(
        "政府工作报告\n一、2001年工作回顾\n" + review + "\n二、2002年工作安排\n（一）加快发展工业。推进技术改造。\n（二）扩大对外开放。办好开发区。\n（三）改善人民生活。增加就业岗位。\n")));

    [Fact]
    public void Figures_after_a_lead_in_of_goals_are_targets_whatever_part_they_stand_in()
    {
        // 太原2002 and 甘肃2007 give the coming year's goals inside the review's part; they are no results.
        var figures = Report("全市国内生产总值完成386.3亿元，增长10.5%。今年我市经济社会发展的主要预期目标是：国内生产总值增长10%，城镇登记失业率控制在4%以内。").Figures;
        Assert.Equal(FigurePeriod.Result, figures.Single(f => f.Value == 10.5m).Period);
        Assert.Equal(FigurePeriod.Target, figures.Single(f => f.Value == 10m).Period);
        Assert.Equal(FigurePeriod.Target, figures.Single(f => f.Value == 4m).Period);
    }

    [Fact]
    public void A_review_opening_on_last_year_keeps_its_figures_last_years_whatever_plan_it_names()
    {
        // 甘肃2007: 去年是实施“十一五”规划的第一年。… its figures are 2006's, not the plan period's.
        var figures = Report("去年是实施“十一五”规划的第一年。全省生产总值达到2275亿元，增长11.4%。").Figures;
        Assert.All(figures, f => Assert.Equal(FigurePeriod.Result, f.Period));
    }

    [Fact]
    public void Last_years_passage_after_the_five_years_is_last_years_even_after_an_address()
    {
        // 海口2022: 过去的五年…, then 各位代表，2021年是本届政府任期的最后一年…: the second paragraph's figures are 2021's.
        var figures = Report("过去的五年，是阔步前行的五年。全市地区生产总值年均增长7.8%。\n各位代表，2021年是“十四五”开局之年。全市地区生产总值增长11.3%，地方一般公共预算收入增长12%。").Figures;
        Assert.Equal(FigurePeriod.FiveYear, figures.Single(f => f.Value == 7.8m).Period);
        Assert.Equal(FigurePeriod.Result, figures.Single(f => f.Value == 11.3m).Period);
        Assert.Equal(FigurePeriod.Result, figures.Single(f => f.Value == 12m).Period);
    }

    [Fact]
    public void One_fact_of_last_year_inside_a_review_of_the_five_years_leaves_it_the_five_years()
    {
        // State Council 2011: 去年对外贸易总额达到2.97万亿美元 inside the 十一五 review opens no passage on last year.
        var figures = BriefingExtractor.Extract(OutlineBuilder.Build(ReportReader.Clean(
            "政府工作报告\n一、“十一五”时期国民经济和社会发展的回顾\n“十一五”时期是极不平凡的五年。国内生产总值达到39.8万亿元。\n去年对外贸易总额达到2.97万亿美元。\n" +
            "五年来，我们主要做了以下工作：\n（一）加强宏观调控。农民人均纯收入达到5919元。\n（二）推进改革开放。正文。\n（三）改善民生。正文。\n" +
            "二、2011年的工作\n（一）加快发展工业。正文。\n（二）扩大对外开放。正文。\n（三）改善人民生活。正文。\n"))).Figures;
        Assert.All(figures, f => Assert.Equal(FigurePeriod.FiveYear, f.Period));
    }

    [Theory]
    [InlineData("城镇新增就业年均20万人以上，粮食产量达到300亿斤。", 20, "城镇新增就业年均")]
    [InlineData("国内生产总值以年均11.2%的速度增长，粮食产量达到300亿斤。", 11.2, "国内生产总值以年均")]
    [InlineData("城镇登记失业率每年均控制在3.5%以内，粮食产量达到300亿斤。", 3.5, "城镇登记失业率每年")]
    [InlineData("三年来累计完成投资500亿元，粮食产量达到300亿斤。", 500, "三年来累计完成投资")]
    [InlineData("5年新增城镇就业188.32万人，粮食产量达到300亿斤。", 188.32, "5年新增城镇就业")]
    public void A_figure_over_several_years_keeps_its_time_frame_and_is_no_result_of_last_year(string review, double value, string label)
    {
        // 年均 is the plan period's, not a copula's 均 (the label lost it and the figure read as last year's).
        var figures = Report(review).Figures;
        var f = figures.Single(x => x.Value == (decimal)value);
        Assert.Equal(label, f.Label);
        Assert.Equal(FigurePeriod.FiveYear, f.Period);
        Assert.Equal(FigurePeriod.Result, figures.Single(x => x.Value == 300m).Period);
    }

    [Fact]
    public void A_mark_passed_before_the_value_reached_in_the_next_clause_steps_behind_that_value()
    {
        // 首次突破2000亿元，达到2120亿元: the card shows what was reached, not the round mark.
        var figures = Report("一般公共预算收入首次突破2000亿元，达到2120亿元，增长11.1%。").Figures;
        var revenue = figures.Where(f => f.Label == "一般公共预算收入").Select(f => f.Text).ToList();
        Assert.Equal(["2120亿元", "突破2000亿元"], revenue);
    }

    private const string Respective = "城镇居民人均可支配收入9785元，农民人均纯收入4120元，分别增长10.3%和7.7%。全社会固定资产投资完成737.2亿元，其中技改投资165.2亿元，分别增长75.8%和46.7%。";

    private const string MarksRespectively = "全年地区生产总值、财政总收入、社会消费品零售总额分别突破3000亿元、500亿元、1000亿元大关，分别增长约12.5%、21.6%、19%。";

    [Theory]
    // 甲X元，乙Y元，分别增长a%和b%: the genre's way to give two levels and their growth in one breath
    // (完成 after a measure is its copula).
    [InlineData(Respective, 10.3, "城镇居民人均可支配收入增长")]
    [InlineData(Respective, 7.7, "农民人均纯收入增长")]
    [InlineData(Respective, 75.8, "全社会固定资产投资增长")]
    [InlineData(Respective, 46.7, "全社会固定资产投资（技改投资）增长")]
    // 甲、乙、丙分别突破A、B、C大关，分别增长…: each mark and each change is its listed subject's.
    [InlineData(MarksRespectively, 1000, "社会消费品零售总额")]
    [InlineData(MarksRespectively, 12.5, "地区生产总值增长")]
    [InlineData(MarksRespectively, 21.6, "财政总收入增长")]
    [InlineData(MarksRespectively, 19, "社会消费品零售总额增长")]
    public void Values_given_respectively_take_their_own_subjects_in_order(string review, double value, string label)
    {
        Assert.Equal(label, Report(review).Figures.Single(f => f.Value == (decimal)value).Label);
    }

    [Fact]
    public void A_bound_that_names_the_scope_of_the_next_measure_is_no_figure()
    {
        var figures = Report("500万元以上固定资产投资2620亿元，增长30.8%。").Figures;
        Assert.DoesNotContain(figures, f => f.Value == 500m);
        Assert.Equal("固定资产投资", figures.Single(f => f.Value == 2620m).Label);
    }

    [Fact]
    public void A_count_with_a_bound_before_the_things_it_counts_is_a_figure()
    {
        var figures = Report("培育100家以上特色企业和100个以上行业级大模型。").Figures;
        Assert.Equal(2, figures.Count(f => f.Value == 100m));
    }

    [Fact]
    public void A_run_of_changes_after_fewer_levels_keeps_its_label()
    {
        var figures = Report("全年粮食产量300亿斤，分别增长10.3%和7.7%。").Figures;
        Assert.All(figures.Where(f => f.Unit == "%"), f => Assert.Equal("分别增长", f.Label));
    }

    [Theory]
    [InlineData("国考断面水质优良比例连续五年保持100%，粮食产量达到300亿斤。", 100)] // true of last year too
    [InlineData("2005年地方财政收入1434亿元，粮食产量达到300亿斤。", 1434)] // a year, not 5年
    [InlineData("PM2.5年平均浓度45微克/立方米，粮食产量达到300亿斤。", 45)]
    public void Figures_that_only_look_like_several_years_are_last_years_results(string review, double value)
    {
        Assert.Equal(FigurePeriod.Result, Report(review).Figures.Single(f => f.Value == (decimal)value).Period);
    }

    [Fact]
    public void A_part_of_the_place_is_no_card_of_the_whole()
    {
        // 某某新区直管区地区生产总值同比增长24.1% before the city's own 增长6%: the card is the city's.
        var briefing = Report("某某新区直管区地区生产总值同比增长24.1%。全市地区生产总值达到5000亿元、增长6%。");
        var card = HeadlineFigures.Of(briefing, 6).Single(c => c.Indicator.Contains("生产总值", StringComparison.Ordinal));
        Assert.Equal("6%", card.Text);
    }

    [Theory]
    [InlineData("与中央企业共同实施能源、交通等20个重大项目，完成年度投资300亿元。")]
    [InlineData("推动某某产业30个重大项目落地，实现投资120.5亿元。")]
    [InlineData("传统、新兴产业在手项目投资总额分别达200亿元、300亿元。")]
    [InlineData("省市重点项目完成投资800亿元。")]
    [InlineData("开展促消费活动，拉动消费36亿元。")]
    [InlineData("举办投资洽谈会，签约投资总额1200亿元。")]
    [InlineData("引进总投资160亿元的显示模组工厂。")]
    [InlineData("深化改革，80%的小企业完成改制。")]
    public void A_group_of_projects_or_what_a_measure_brought_is_no_card(string sentence)
    {
        // Beside the place's own figures, a project group's total or an induced change is not the place's
        // result: its label names projects, names no measure of its own, or says it was brought about.
        var cards = HeadlineFigures.Of(Report("全市地区生产总值增长6%。城镇新增就业5万人。" + sentence), 6);
        Assert.Equal(["全市地区生产总值增长", "城镇新增就业"], cards.Select(c => c.Indicator));
    }

    [Theory]
    [InlineData("传统、新兴产业在手项目投资总额分别达200亿元、300亿元。", "传统产业在手项目投资总额", "新兴产业在手项目投资总额")]
    [InlineData("民营、外资企业营业收入分别增长8%、6%。", "民营企业营业收入增长", "外资企业营业收入增长")]
    [InlineData("工业、农业投资分别增长8%、6%。", "工业投资增长", "农业投资增长")]
    public void A_two_character_modifier_shares_the_kind_of_economy_the_last_item_names(string sentence, string first, string second)
    {
        var labels = Report(sentence).Figures.Select(f => f.Label).ToList();
        Assert.Equal([first, second], labels);
    }

    [Fact]
    public void What_projects_drove_in_the_places_own_indicator_is_still_the_places_card()
    {
        var cards = HeadlineFigures.Of(Report("全市地区生产总值增长6%。重大项目加快建设，带动全社会固定资产投资增长10.5%。"), 6);
        Assert.Contains(cards, c => c.Text == "10.5%" && c.Indicator.Contains("固定资产投资", StringComparison.Ordinal));
    }

    [Fact]
    public void A_levels_card_keeps_the_years_its_rate_is_averaged_over()
    {
        // 达380亿元、五年年均增长7.2%: the sub-line under the level says 五年年均, not a bare 增长.
        var cards = HeadlineFigures.Of(Report("全市地区生产总值增长6%。地方一般公共预算收入达380亿元、五年年均增长7.2%。"), 6);
        var card = cards.Single(c => c.Text == "380亿元");
        Assert.Equal("五年年均增长7.2%", card.Change);
    }

    [Fact]
    public void A_card_of_the_five_years_says_so()
    {
        // A report that gives only the five years' figures: the cards say they are of the five years.
        var cards = HeadlineFigures.Of(Report("过去五年，城镇新增就业12.5万人，五年累计进出口总值3200亿元。"), 6);
        Assert.Contains(cards, c => c.Indicator == "城镇新增就业（过去五年）" && c.Text == "12.5万人");
        Assert.DoesNotContain(cards, c => c.Indicator.StartsWith("五年", StringComparison.Ordinal) && c.Indicator.EndsWith("（过去五年）", StringComparison.Ordinal));
    }

    [Fact]
    public void One_years_average_concentration_is_last_years_result()
    {
        var f = Report("细颗粒物年均浓度为33微克/立方米，同比下降10%。").Figures.First(x => x.Value == 33m);
        Assert.Equal(FigurePeriod.Result, f.Period);
    }

    [Fact]
    public void An_increment_of_a_level_is_no_card_of_the_indicators_level()
    {
        // 收入净增583元 beside the level: the card shows the level, not how much it moved.
        var briefing = Report("全市生产总值达到1200亿元，净增150亿元，比上年增长11%。农民人均纯收入增加583元，达到5000元。");
        var cards = HeadlineFigures.Of(briefing, 6);
        Assert.Contains(cards, c => c.Indicator == "全市生产总值增长" && c.Text == "11%" && c.Change == "总量1200亿元");
        Assert.Contains(cards, c => c.Indicator == "农民人均纯收入" && c.Text == "5000元");
        Assert.DoesNotContain(cards, c => c.Text is "150亿元" or "583元" || (c.Change ?? string.Empty).Contains("150亿元", StringComparison.Ordinal));
    }

    [Fact]
    public void A_result_measured_against_the_goals_is_still_a_result()
    {
        var figures = Report("全省生产总值增长9%，高于预期目标1个百分点。财政收入增长12%。").Figures;
        Assert.All(figures, f => Assert.Equal(FigurePeriod.Result, f.Period));
    }

    [Fact]
    public void Each_figure_carries_the_chance_that_it_is_a_headline_result_and_they_are_ranked_by_it()
    {
        var figures = Report("全市地区生产总值达到1200亿元，比上年增长11%。地方财政一般预算收入完成80亿元。新建村级活动场所32个。").Figures.ToList();
        Assert.All(figures, f => Assert.InRange(f.Confidence, 0.0, 1.0));
        var gdp = figures.Single(f => f.Value == 11m);
        var count = figures.Single(f => f.Unit == "个");
        Assert.True(gdp.Confidence > 0.5 && count.Confidence < 0.2, $"{gdp.Confidence} {count.Confidence}");
        Assert.True(figures.IndexOf(gdp) < figures.IndexOf(count));
        Assert.True(figures.Single(f => f.Value == 80m).Confidence > count.Confidence);
    }

    [Fact]
    public void A_comparison_after_how_it_is_reckoned_is_the_change_and_its_growth_a_figure()
    {
        // 烟台2014: 全市生产总值5613亿元，按可比价格计算比上年增长10.2%.
        var f = Figures("全市生产总值5613亿元，按可比价格计算比上年增长10.2%。");
        Assert.Equal("按可比价格计算比上年增长10.2%", f.Single(x => x.Value == 5613m).Change);
        Assert.Equal("全市生产总值增长", f.Single(x => x.Value == 10.2m).Label);
    }

    [Fact]
    public void A_round_threshold_passed_ranks_after_the_value_reached()
    {
        var f = Figures("全省生产总值迈上3万亿元台阶，达到31234亿元。");
        Assert.Equal(31234m, f[0].Value);
    }

    [Fact]
    public void A_round_number_passed_on_the_way_to_the_value_reached_ranks_after_it()
    {
        var f = Figures("地方一般公共预算收入突破4000亿元、达到4211亿元。");
        Assert.Equal((4211m, "地方一般公共预算收入"), (f[0].Value, f[0].Label));
    }

    [Fact]
    public void A_from_value_with_its_year_is_the_change_too()
    {
        var f = Assert.Single(Figures("城镇居民人均可支配收入由2002年的7703元增加到13786元。"));
        Assert.Equal(13786m, f.Value);
        Assert.Equal("城镇居民人均可支配收入", f.Label);
        Assert.Equal(5.2m, Assert.Single(Figures("人均GDP从2020年的4.1万元提高到5.2万元。")).Value);
    }

    [Fact]
    public void A_from_value_with_a_qualifier_or_a_time_of_its_own_is_the_change()
    {
        var f = Assert.Single(Figures("国内生产总值从不到70万亿元增加到超过100万亿元。"));
        Assert.Equal((100m, "万亿元", "国内生产总值"), (f.Value, f.Unit, f.Label));
        var g = Assert.Single(Figures("年末城镇调查失业率从上半年5.5%降到5.3%。"));
        Assert.Equal((5.3m, "城镇调查失业率"), (g.Value, g.Label.Replace("年末", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_clause_that_names_a_new_subject_takes_the_change_after_it_from_the_figure_before()
    {
        var figures = Figures("能耗比上年下降3.2%，氨氮、氮氧化物排放总量首次双下降，比上年分别下降2.1%和3.6%。");
        var energy = figures.Single(f => f.Value == 3.2m);
        Assert.Null(energy.Change);
        Assert.Equal(
            ["氨氮排放总量下降", "氮氧化物排放总量下降"],
            figures.Where(f => f.Value is 2.1m or 3.6m).Select(f => f.Label));
    }

    [Fact]
    public void A_bare_measure_after_a_subject_clause_is_that_subjects()
    {
        var f = Assert.Single(Figures("全国棉花连续三年增产，2007年产量达到760万吨。"));
        Assert.Equal("全国棉花产量", f.Label);
    }

    [Fact]
    public void A_growth_after_a_remark_in_the_level_clause_is_the_indicators()
    {
        var f = Figures("全省生产总值达到4.1万亿元、稳居全国前列、增长5.1%。").Single(f => f.Unit == "%");
        Assert.Equal("全省生产总值增长", f.Label);
    }

    [Fact]
    public void A_preposition_or_copula_before_the_indicator_is_not_part_of_its_label()
    {
        Assert.Equal("工业品出厂价格涨幅", Assert.Single(Figures("把工业品出厂价格涨幅控制在2%左右。")).Label);
        Assert.Equal("全市经济总量", Assert.Single(Figures("这是在全市经济总量超过3万亿元的基础上取得的。")).Label);
    }

    [Fact]
    public void A_count_that_opens_an_item_of_a_list_counts_what_follows_its_classifier()
    {
        var f = Figures("全年建成一批示范项目、16个产业园区投入运营。").Single();
        Assert.Equal((16m, "个", "产业园区投入运营"), (f.Value, f.Unit, f.Label));
    }

    [Fact]
    public void The_last_count_of_a_list_after_和_counts_what_follows_its_classifier()
    {
        var figures = Figures("新建3个产业园、5个孵化器和8家创新中心。");
        Assert.Equal(["产业园", "孵化器", "创新中心"], figures.OrderBy(f => f.Value).Select(f => f.Label));
        // A count after 和 with no count before it in the clause is not a list's item.
        Assert.DoesNotContain(Figures("全市行政村和20户以上自然村全部通硬化路。"), f => f.Label.StartsWith("以上", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_with_a_prefix_alone_takes_what_follows_the_count()
    {
        Assert.Equal("示范街区", Assert.Single(Figures("全年新培育35个示范街区。")).Label);
        Assert.Equal("区域物流中心", Assert.Single(Figures("启动建设6个区域物流中心。")).Label);
    }

    [Fact]
    public void A_measure_after_a_count_of_entities_is_theirs()
    {
        var figures = Figures("规上服务业企业达2.1万家、营收增长7.5%。");
        Assert.Equal("规上服务业企业营收增长", figures.Single(f => f.Value == 7.5m).Label);
    }

    [Fact]
    public void A_bullet_is_a_marker_not_part_of_the_label()
    {
        var figures = Figures("一、过去一年工作回顾\n●全市生产总值跨过5000亿元\n• 棉花产量增长4%\n");
        Assert.Equal(["全市生产总值", "棉花产量增长"], figures.OrderBy(f => f.Value).Reverse().Select(f => f.Label));
    }

    [Theory]
    [InlineData("全市生产总值增长6%，总量突破9000亿元。", 9000, "全市生产总值")]
    [InlineData("研发经费支出460亿元、占生产总值比重2.9%。", 2.9, "研发经费支出占生产总值比重")]
    [InlineData("棉花产量56万吨，增产3万吨。", 3, "棉花产量增产")]
    [InlineData("全省实现地区生产总值5000亿元。", 5000, "全省地区生产总值")]
    [InlineData("预计全市规上工业增加值增长7%。", 7, "全市规上工业增加值增长")]
    [InlineData("棉纺业对工业增长贡献率接近60%。", 60, "棉纺业对工业增长贡献率")]
    [InlineData("空气优良天数比例上升至87.2%。", 87.2, "空气优良天数比例")]
    [InlineData("赤字率拟按3%左右安排。", 3, "赤字率")]
    [InlineData("城镇调查失业率全年控制在5.5%以内。", 5.5, "城镇调查失业率")]
    [InlineData("消费贡献率上升3个百分点，达到51.2%。", 51.2, "消费贡献率")]
    [InlineData("经营主体净增9万户、突破190万户。", 190, "经营主体")]
    [InlineData("全年取消和下放120项审批事项。", 120, "取消和下放审批事项")]
    [InlineData("全市新建3个产业园。", 3, "全市新建产业园")]
    [InlineData("全市完成200条背街小巷整治。", 200, "全市完成背街小巷整治")]
    [InlineData("完成200条背街小巷整治。", 200, "背街小巷整治")]
    [InlineData("全市生产总值总量突破千亿元、达到1350亿元。", 1350, "全市生产总值总量")]
    [InlineData("全市生产总值增长6%，较“十三五”末净增900亿元。", 900, "全市生产总值较“十三五”末净增")]
    [InlineData("全市生产总值增加到1.2万亿元，五年年均增长5.2%。", 5.2, "全市生产总值五年年均增长")]
    [InlineData("全年建成保障性住房62多万套。", 62, "建成保障性住房")]
    [InlineData("新建农村公路6000多公里。", 6000, "新建农村公路")]
    [InlineData("开展文化惠民演出3万余场。", 3, "开展文化惠民演出")]
    [InlineData("全市生产总值五年年均增长5.2%，十年增加近7000亿元。", 7000, "全市生产总值十年增加")]
    [InlineData("全市生产总值年均增长6%，较“十三五”末净增900亿元。", 900, "全市生产总值较“十三五”末净增")]
    [InlineData("全年新改建2万公里农村公路。", 2, "新改建农村公路")]
    [InlineData("新建成东湖、西山等8个公园。", 8, "公园")]
    [InlineData("纳入省级规划的12个项目全部开工。", 12, "项目全部开工")]
    [InlineData("新开工棚户区改造住房60万套，基本建成45万套。", 45, "基本建成棚户区改造住房")]
    public void A_label_names_what_the_number_measures(string text, double value, string label) =>
        Assert.Equal(label, Figures(text).Single(f => f.Value == (decimal)value).Label);

    [Fact]
    public void A_range_is_one_figure_shown_whole()
    {
        var f = Assert.Single(Figures("今年全市生产总值增长5%—5.5%。"));
        Assert.Equal((5m, "%", "5%—5.5%"), (f.Value, f.Unit, f.Text));
        Assert.Equal("全市生产总值增长", f.Label);
    }

    [Fact]
    public void A_number_inside_a_quoted_name_is_no_figure()
    {
        var figures = Figures("出台稳就业“20条”，发放补贴12亿元。");
        Assert.Equal(12m, Assert.Single(figures).Value);
    }

    [Fact]
    public void 人口_after_a_number_is_no_unit_of_people()
    {
        Assert.DoesNotContain(Figures("城镇新增就业1200万人。近14亿人口的发展中大国，实现充分就业至关重要。"), f => f.Label.StartsWith('口'));
    }

    [Fact]
    public void A_circumstance_is_not_part_of_the_label()
    {
        Assert.Equal("外贸出口增长", Assert.Single(Figures("外贸出口在海运价格上涨的情况下增长8%。")).Label);
    }

    [Theory]
    [InlineData("棉纺业、化纤业增加值分别增长6.1%、4.2%。", "棉纺业增加值增长", "化纤业增加值增长")]
    [InlineData("城乡居民人均可支配收入分别增长5.1%和6.6%。", "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长")]
    [InlineData("进口、出口分别增长3.3%、8.1%。", "进口增长", "出口增长")]
    [InlineData("棉纺和化纤行业利润年均增长9%、7.5%。", "棉纺行业利润年均增长", "化纤行业利润年均增长")]
    [InlineData("城镇居民、农村居民人均可支配收入分别增长4.1%、6.3%。", "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长")]
    [InlineData("城镇、农村常住居民人均可支配收入分别增长4.1%、6.3%。", "城镇常住居民人均可支配收入增长", "农村常住居民人均可支配收入增长")]
    [InlineData("农产品网络零售额、乡镇企业经营收入分别增长6%、9%。", "农产品网络零售额增长", "乡镇企业经营收入增长")]
    [InlineData("棉花、小麦收购价分别再提高2%、3%。", "棉花收购价提高", "小麦收购价提高")]
    [InlineData("对东盟、中亚市场出口分别增长16%、21%。", "对东盟出口增长", "中亚市场出口增长")]
    [InlineData("市属企业营业收入、利润分别增长6%、9%。", "市属企业营业收入增长", "市属企业利润增长")]
    [InlineData("全市财政收入和支出分别增长3%、5%。", "全市财政收入增长", "全市财政支出增长")]
    public void Values_given_respectively_go_to_the_items_of_the_list(string text, string first, string second)
    {
        var figures = Figures(text);
        Assert.Equal([first, second], figures.OrderBy(f => text.IndexOf(f.Text, StringComparison.Ordinal)).Select(f => f.Label));
    }

    [Fact]
    public void A_run_after_a_respective_run_follows_it_item_by_item()
    {
        var figures = Figures("城乡居民人均可支配收入分别达5.1万元、2.4万元，增长4.5%、6.1%。");
        Assert.Equal("城镇居民人均可支配收入增长", figures.Single(f => f.Value == 4.5m).Label);
        Assert.Equal("农村居民人均可支配收入增长", figures.Single(f => f.Value == 6.1m).Label);
        Assert.Equal("城镇居民人均可支配收入", figures.Single(f => f.Value == 5.1m).Label);

        // 其中 before a headline indicator of its own: that indicator, not a part of the run.
        var own = Figures("城乡居民人均可支配收入分别增长4.5%、6.1%，其中农村居民人均可支配收入达到2.1万元。");
        Assert.Equal("农村居民人均可支配收入", own.Single(f => f.Value == 2.1m).Label);
    }

    [Theory]
    [InlineData("棉纺、化纤、印染业增加值分别增长6.1%、4.2%。")]
    [InlineData("一、二产业增加值分别增长6.1%、4.2%。")]
    [InlineData("省级、市级示范园区分别达到12个、40个。")]
    public void A_list_that_cannot_be_told_item_by_item_keeps_its_label(string text)
    {
        var figures = Figures(text);
        Assert.Equal(2, figures.Count);
        Assert.Single(figures.Select(f => f.Label).Distinct());
    }

    [Fact]
    public void An_item_that_names_its_own_measure_does_not_take_the_shared_one()
    {
        var figures = Figures("单位产值用水量、能耗、氨氮排放量分别下降9%、6%、5%。");
        Assert.Equal(["单位产值用水量下降", "能耗下降", "氨氮排放量下降"], figures.OrderBy(f => f.Value).Reverse().Select(f => f.Label));
    }

    [Fact]
    public void An_item_of_a_list_after_a_number_is_its_own_label()
    {
        // 2万亿台阶 is no figure (台阶 is not a unit), so the clause before 0.5万亿元 reaches back over it.
        var figures = Figures("全市生产总值迈上2万亿台阶、三年增量超0.5万亿元。");
        Assert.Equal("三年增量", Assert.Single(figures).Label);
        // A year is a time, not a number of the item before: 2024年中、高等… keeps its whole label.
        // A number inside a name (500强) is no figure before the item: the label keeps both names.
        Assert.Equal("世界500强、中国500强中各有", Assert.Single(Figures("世界500强、中国500强中各有12家。")).Label);
        Assert.Equal("2024年中、高等院校在校生", Assert.Single(Figures("2024年中、高等院校在校生达到860万人。")).Label);
    }

    [Fact]
    public void A_condition_before_an_indicator_of_its_own_qualifies_it_and_not_the_figure_before()
    {
        var figures = Figures("全市PM2.5平均浓度28微克/立方米，剔除沙尘影响后空气优良天数比率95.1%。");
        Assert.Equal("空气优良天数比率（剔除沙尘影响后）", figures.Single(f => f.Value == 95.1m).Label);
    }

    [Fact]
    public void A_level_after_an_adverb_alone_measures_the_subject_of_the_change_before_it()
    {
        var figures = Figures("棉花产量增加20万吨，稳步达到560万吨。");
        Assert.Equal("棉花产量增加", figures.Single(f => f.Value == 20m).Label);
        Assert.Equal("棉花产量", figures.Single(f => f.Value == 560m).Label);
        Assert.Equal("人均预期寿命", Figures("人均预期寿命较2020年提高1.1岁、达到80.1岁。").Single(f => f.Value == 80.1m).Label);
        Assert.Equal("粮食产量", Figures("粮食产量连续三年增长，首次突破1300亿斤。").Single(f => f.Value == 1300m).Label);
    }

    [Fact]
    public void 平均为_is_a_copula_not_part_of_the_label()
    {
        Assert.Equal("城镇调查失业率", Assert.Single(Figures("城镇调查失业率平均为4.9%。")).Label);
    }

    [Fact]
    public void A_share_written_as_占比_ranks_after_an_indicator()
    {
        var figures = Figures("高技术制造业在工业投资中占比提高2.5个百分点，工业投资增长6.2%。");
        Assert.Equal([6.2m, 2.5m], figures.Select(f => f.Value));
    }

    [Fact]
    public void An_indicators_lead_over_a_benchmark_ranks_after_its_own_value()
    {
        var figures = Figures("社会消费品零售总额增幅高于全国0.3个百分点。社会消费品零售总额增长4.1%。");
        Assert.Equal([4.1m, 0.3m], figures.Select(f => f.Value));
    }

    [Fact]
    public void A_yearly_average_growth_after_a_level_is_the_same_indicators()
    {
        var f = Figures("全省生产总值达到4.5万亿元，年均增长6.3%。").Single(f => f.Unit == "%");
        Assert.Equal((6.3m, "全省生产总值年均增长"), (f.Value, f.Label));
    }

    [Fact]
    public void A_number_with_no_label_of_its_own_measures_the_subject_of_its_sentence()
    {
        // The first clause names the indicator and says something of it; the number follows.
        var f = Assert.Single(Figures("棉花产量再创新高，全年达到560万吨。"));
        Assert.Equal((560m, "万吨", "棉花产量"), (f.Value, f.Unit, f.Label));
    }

    [Fact]
    public void Two_values_raised_together_from_two_others_both_take_the_label()
    {
        var figures = Figures("城乡居民人均存款从2020年的30100元和11200元分别提高到41500元和17800元。");
        Assert.Equal(
            [(41500m, "城乡居民人均存款"), (17800m, "城乡居民人均存款")],
            figures.OrderBy(f => f.Span.Start).Select(f => (f.Value, f.Label)));
    }

    [Fact]
    public void A_concentration_written_per_cubic_metre_first_is_in_micrograms_per_cubic_metre()
    {
        var f = Assert.Single(Figures("PM2.5平均浓度低于每立方米19微克。"));
        Assert.Equal((19m, "微克/立方米", "PM2.5平均浓度"), (f.Value, f.Unit, f.Label));
    }

    [Fact]
    public void The_value_after_a_count_of_thresholds_measures_the_same_indicator()
    {
        var f = Figures("地区生产总值连续迈上4个万亿元台阶、达14.2万亿元。");
        Assert.Contains(f, x => x is { Value: 14.2m, Unit: "万亿元", Label: "地区生产总值" });
        Assert.Equal(14.2m, f[0].Value);
    }

    [Fact]
    public void A_level_after_a_rate_of_the_same_indicator_is_labelled_by_the_indicator_not_its_growth()
    {
        var f = Figures("地区生产总值增长5.5%、达到3.2万亿元，居民收入增长5%。");
        Assert.Contains(f, x => x is { Value: 5.5m, Unit: "%", Label: "地区生产总值增长" });
        Assert.Contains(f, x => x is { Value: 3.2m, Unit: "万亿元", Label: "地区生产总值" });
    }

    [Fact]
    public void A_growth_rate_given_as_the_comparison_of_a_level_is_a_figure_of_its_own_too()
    {
        var f = Figures("国内生产总值超过30万亿元，比上年增长9%。");
        Assert.Contains(f, x => x is { Value: 30m, Unit: "万亿元", Change: "比上年增长9%" });
        Assert.Contains(f, x => x is { Value: 9m, Unit: "%" } && x.Label.StartsWith("国内生产总值", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_of_people_in_ten_thousands_needs_no_unit_word()
    {
        var f = Assert.Single(Figures("农村贫困人口减少1109万，贫困发生率降至0.6%。", 0));
        Assert.Equal((1109m, "万"), (f.Value, f.Unit));
    }

    [Fact]
    public void A_scraped_subscript_is_read_as_pm25_and_a_number_too_long_for_a_decimal_is_no_figure()
    {
        Assert.Equal("PM2.5浓度", Assert.Single(Figures("PM_2.5浓度为31微克/立方米。")).Label);
        Assert.Empty(Figures("收入999999999999999999999999999999元。"));
    }
}
