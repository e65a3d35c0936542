using EcoBrief.Comparison;
using EcoBrief.Model;
using EcoBrief.Serialization;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Comparison;

public sealed class BriefingComparerTests
{
    [Theory]
    [InlineData("2021-state-council-gov-work-report.txt")]
    [InlineData("2026-jiangsu-gov-work-report.txt")]
    [InlineData("2013-state-council-gov-work-report.txt")]
    public void A_report_compared_with_itself_shows_no_change(string name)
    {
        var report = CorpusReports.Get(name);

        var c = BriefingComparer.Compare(report, report);

        Assert.False(c.HasChanges);
        Assert.All(c.Targets, t => Assert.Equal(ChangeKind.Unchanged, t.Change));
        Assert.Equal(report.Briefing.Targets.Count, c.Targets.Count);
        Assert.All(c.Results, r => Assert.Same(r.Old, r.New));
        Assert.Equal(report.Briefing.Tasks.Count, c.Tasks.Pairs.Count);
        Assert.All(c.Tasks.Pairs, p => Assert.Equal((p.Old.Index, 1.0), (p.New.Index, p.Score)));
        Assert.Empty(c.Tasks.New);
        Assert.Empty(c.Tasks.Dropped);
        Assert.Empty(c.Priorities.New);
        Assert.Empty(c.Priorities.Dropped);
        Assert.Empty(c.NewPhrases);
    }

    [Fact]
    public void The_seed_compared_with_itself_shows_no_change()
    {
        var seed = Pipelines.Read(TestPaths.Seed);
        Assert.False(BriefingComparer.Compare(seed, seed).HasChanges);
    }

    /// <summary>Hand-written from the two reports' 主要预期目标 passages: measure, change, old text, new text.</summary>
    public static TheoryData<int, string[]> TargetChanges => new()
    {
        {
            2017, [
                "国内生产总值增长|unchanged|6.5%左右|6.5%左右",
                "居民消费价格涨幅|unchanged|3%左右|3%左右",
                "城镇新增就业|unchanged|1100万人以上|1100万人以上",
                "城镇调查失业率|new||5.5%以内",
                "城镇登记失业率|unchanged|4.5%以内|4.5%以内",
                "单位国内生产总值能耗下降|changed|3.4%以上|3%以上",
            ]
        },
        {
            2012, [
                "国内生产总值增长|changed|7.5%|7.5%左右",
                "居民消费价格涨幅|changed|4%左右|3.5%左右",
                "城镇新增就业|unchanged|900万人以上|900万人以上",
                "城镇登记失业率|changed|4.6%以内|低于4.6%",
                "进出口总额增长|dropped|10%左右|",
            ]
        },
        {
            2013, [
                "国内生产总值增长|unchanged|7.5%左右|7.5%左右",
                "居民消费价格涨幅|unchanged|3.5%左右|3.5%左右",
                "城镇新增就业|changed|900万人以上|1000万人以上",
                "城镇登记失业率|changed|低于4.6%|4.6%以内",
            ]
        },
        {
            2010, [
                "国内生产总值增长|unchanged|8%左右|8%左右",
                "居民消费价格总水平涨幅|changed|3%左右|4%左右",
                "城镇新增就业|unchanged|900万人以上|900万人以上",
                "城镇登记失业率|unchanged|4.6%以内|4.6%以内",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(TargetChanges))]
    public void Target_changes_of_consecutive_State_Council_reports_are_the_hand_written_ones(int year, string[] expected)
    {
        var c = BriefingComparer.Compare(CorpusReports.StateCouncil(year), CorpusReports.StateCouncil(year + 1));

        var actual = c.Targets.Select(t => $"{(t.New ?? t.Old)!.Label}|{t.Change}|{t.Old?.Text}|{t.New?.Text}").ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_changed_target_keeps_its_qualifier_and_states_the_difference()
    {
        var c = BriefingComparer.Compare(CorpusReports.StateCouncil(2017), CorpusReports.StateCouncil(2018));

        var energy = Assert.Single(c.Targets, t => t.Change == ChangeKind.Changed);
        Assert.Equal(("以上", "以上"), (energy.Old!.Qualifier, energy.New!.Qualifier));
        Assert.Equal("−0.4个百分点", energy.Difference);
    }

    [Theory]
    [InlineData("国内生产总值增长", "生产总值")]
    [InlineData("地区生产总值增长", "生产总值")]
    [InlineData("全省地区生产总值增长", "生产总值")]
    [InlineData("居民消费价格总水平涨幅", "居民消费价格")]
    [InlineData("居民消费价格上涨", "居民消费价格")]
    [InlineData("单位国内生产总值能耗降低", "单位生产总值能耗")]
    [InlineData("单位国内生产总值能耗下降", "单位生产总值能耗")]
    [InlineData("年末全国城镇调查失业率降到", "城镇调查失业率")]
    [InlineData("2024年城镇新增就业", "城镇新增就业")]
    [InlineData("经济增长", "生产总值")]
    [InlineData("细颗粒物（PM2.5）平均浓度下降", "PM2.5浓度")]
    [InlineData("PM2.5年均浓度", "PM2.5浓度")]
    [InlineData("调查失业率", "城镇调查失业率")]
    [InlineData("外贸进出口增长", "进出口总额")]
    public void Indicators_are_matched_by_what_they_measure(string label, string measure) =>
        Assert.Equal(measure, IndicatorName.Measure(label));

    [Fact]
    public void Headline_results_stand_side_by_side_with_their_difference()
    {
        var c = BriefingComparer.Compare(CorpusReports.StateCouncil(2020), CorpusReports.StateCouncil(2021));

        var growth = Assert.Single(c.Results, r => r.Measure == "生产总值" && r.New?.Unit == "%");
        Assert.Equal(("6.1%", "2.3%", "−3.8个百分点"), (growth.Old!.Text, growth.New!.Text, growth.Difference));
        Assert.All(c.Results.Where(r => r.Old is not null && r.New is not null && r.Old.Unit != r.New.Unit), r => Assert.Null(r.Difference));
        // Those both reports state come first.
        Assert.NotNull(c.Results[0].Old);
    }

    [Fact]
    public void New_phrases_are_quoted_terms_the_old_report_never_uses_each_with_its_sentence_and_place()
    {
        var old = CorpusReports.StateCouncil(2020);
        var @new = CorpusReports.StateCouncil(2021);

        var phrases = BriefingComparer.Compare(old, @new).NewPhrases;

        Assert.NotEmpty(phrases);
        foreach (var p in phrases)
        {
            Assert.DoesNotContain(p.Term, old.Report.Text, StringComparison.Ordinal);
            Assert.Equal($"“{p.Term}”", @new.Report.Text[p.Span.Start..p.Span.End]);
            Assert.Contains(p.Term, p.Sentence, StringComparison.Ordinal);
            Assert.Equal(@new.Report.SourceLineAt(p.Span.Start), p.Span.Line);
        }

        Assert.Equal(phrases.OrderByDescending(p => p.Count).ThenBy(p => p.Span.Start), phrases);
    }

    [Theory]
    [InlineData("天问一号", "。", true)]
    [InlineData("奋斗者", "号全海深载人潜水器", true)]
    [InlineData("复兴号", "动车组", true)]
    [InlineData("天宫", "空间站全面建成", true)]
    [InlineData("十五五", "时期", false)]
    [InlineData("三去一降一补", "，", false)]
    [InlineData("一老一小", "服务", false)]
    public void A_quoted_name_of_a_craft_or_vessel_is_no_new_phrase(string term, string after, bool isName)
    {
        // Regression (issue 21): names of spacecraft and vessels were listed as 新提法.
        var text = $"“{term}”{after}";
        Assert.Equal(isName, BriefingComparer.IsProperName(term, text, term.Length + 2));
    }

    [Fact]
    public void A_result_old_states_under_another_name_or_magnitude_is_found()
    {
        // Regression (issue 21): a result OLD does state was shown as —.
        var span = new SourceSpan(0, 1, 1);
        KeyFigure F(string label, decimal value, string unit) => new(label, value, unit, $"{value}{unit}", null, "", span);
        var rows = BriefingComparer.Results([F("经济增长", 6.1m, "%"), F("全省地区生产总值", 5.3m, "万亿元")], [F("全省地区生产总值增长", 5.5m, "%"), F("地区生产总值", 56000m, "亿元")]);
        Assert.All(rows, r => Assert.NotNull(r.Old));
        Assert.Equal(["−0.6个百分点", "+3000亿元"], rows.Select(r => r.Difference));
    }

    [Fact]
    public void The_columns_are_headed_by_the_years_or_else_by_the_regions()
    {
        ComparedSide S(string source, string? date, string? region) => new(source, new BriefingMeta("政府工作报告", null, null, null, date, null) { Delivered = date, Region = region });
        Assert.Equal(("2020年", "2021年"), EcoBrief.Templating.ComparisonScriptModel.SideLabels(S("a.txt", "2020-05-22", "全国"), S("b.txt", "2021-03-05", "全国")));
        Assert.Equal(("安徽省", "江苏省"), EcoBrief.Templating.ComparisonScriptModel.SideLabels(S("a.txt", "2026-02-05", "安徽省"), S("b.txt", "2026-02-03", "江苏省")));
        Assert.Equal(("2017年", "2018年"), EcoBrief.Templating.ComparisonScriptModel.SideLabels(S("2017-x.txt", null, null), S("2018-x.txt", null, null)));
        Assert.Equal(("旧文", "新文"), EcoBrief.Templating.ComparisonScriptModel.SideLabels(S("a.txt", null, null), S("b.txt", null, null)));
    }

    [Fact]
    public void Every_pair_carries_the_spans_of_both_items()
    {
        var old = CorpusReports.StateCouncil(2016);
        var @new = CorpusReports.StateCouncil(2017);

        foreach (var p in BriefingComparer.Compare(old, @new).Tasks.Pairs)
        {
            Assert.Equal(old.Briefing.Tasks[p.Old.Index].Span, p.Old.Span);
            Assert.Equal(@new.Briefing.Tasks[p.New.Index].Span, p.New.Span);
            Assert.NotEmpty(p.Shared);
        }
    }

    [Fact]
    public void Two_provinces_of_one_year_compare_too()
    {
        var c = BriefingComparer.Compare(CorpusReports.Get("2026-anhui-gov-work-report.txt"), CorpusReports.Get("2026-jiangsu-gov-work-report.txt"));

        Assert.True(c.HasChanges);
        Assert.Contains(c.Targets, t => t.Measure == "生产总值");
    }

    [Fact]
    public void Matching_is_deterministic_and_one_to_one()
    {
        var first = ComparisonJson.Serialize(BriefingComparer.Compare(CorpusReports.StateCouncil(2017), CorpusReports.StateCouncil(2018)));
        var second = ComparisonJson.Serialize(BriefingComparer.Compare(Pipelines.Read(CorpusReports.PathOf("2017-state-council-gov-work-report.txt")), Pipelines.Read(CorpusReports.PathOf("2018-state-council-gov-work-report.txt"))));
        Assert.Equal(first, second);

        var pairs = BriefingComparer.Compare(CorpusReports.StateCouncil(2017), CorpusReports.StateCouncil(2018)).Tasks.Pairs;
        Assert.Equal(pairs.Count, pairs.Select(p => p.Old.Index).Distinct().Count());
        Assert.Equal(pairs.Count, pairs.Select(p => p.New.Index).Distinct().Count());
        Assert.All(pairs, p => Assert.True(p.Score >= ItemMatcher.DefaultThreshold));
    }

    [Fact]
    public void Items_with_nothing_in_common_are_not_paired()
    {
        var span = new SourceSpan(0, 1, 1);
        BriefingItem Item(string title) => new(title, string.Empty, [], [], span);

        var c = ItemMatcher.Match([Item("加强生态环境保护"), Item("扩大对外开放")], [Item("扩大高水平对外开放"), Item("发展数字经济")]);

        var pair = Assert.Single(c.Pairs);
        Assert.Equal((1, 0), (pair.Old.Index, pair.New.Index));
        Assert.Equal("发展数字经济", Assert.Single(c.New).Title);
        Assert.Equal("加强生态环境保护", Assert.Single(c.Dropped).Title);
    }
}
