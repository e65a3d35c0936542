using EcoBrief.Ingest;
using EcoBrief.Outline;

namespace EcoBrief.Tests.Outline;

public sealed class OutlineBuilderTests
{
    private static ReportOutline Build(string text) => OutlineBuilder.Build(ReportReader.Clean(text));

    private static string Shape(OutlineNode node, int depth = 0) =>
        string.Concat(node.Children.Where(c => c.IsNumbered).Select(c => new string(' ', depth * 2) + c.Marker!.Text.Replace(" ", string.Empty, StringComparison.Ordinal).Trim() + "\n" + Shape(c, depth + 1)));

    [Fact]
    public void Styles_nest_in_the_order_they_first_appear()
    {
        var outline = Build("标题\n一、回顾\n（一）第一项。正文。\n1.细项。\n（1）更细。\n2.细项。\n（二）第二项。\n二、任务\n（一）任务一。");
        Assert.Equal("一、\n  （一）\n    1.\n      （1）\n    2.\n  （二）\n二、\n  （一）\n", Shape(outline.Root));
    }

    [Theory]
    [InlineData("各位代表：现在，我代表市人民政府向大会报告工作，请予审议。一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n二、2026年工作安排\n（一）扩内需。正文。\n（二）强产业。正文。")]
    [InlineData("各位代表：现在，我代表市人民政府向大会报告工作。\n一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n二、2026年主要工作 （一）扩内需。正文。\n（二）强产业。正文。")]
    [InlineData("各位代表：现在，我代表市人民政府向大会报告工作。\n一、2025年工作回顾\n（一）稳增长。正文。\n（二）促改革。正文。\n二、2026年工作安排\n今年重点抓好以下两个方面的工作。（一）扩内需。正文。\n（二）强产业。正文。")]
    [InlineData("各位代表：现在，我代表市人民政府向大会报告工作。\n一、2025年工作回顾\n（一）稳增长。正文。\n（ 二 ）促改革。正文。\n二、2026年工作安排\n（一）扩内需。正文。\n（二）强产业。正文。")]
    public void A_number_whose_line_break_was_lost_or_that_holds_spaces_still_opens_its_item(string text)
    {
        var outline = Build(text);
        Assert.Equal("一、\n  （一）\n  （二）\n二、\n  （一）\n  （二）\n", Shape(outline.Root));
    }

    [Theory]
    [InlineData("建成贫困村卫生室5600个。一、二类低保对象保障水平超过现行贫困线。\n二、2026年工作安排\n")]
    [InlineData("经济结构调整成效显著。一、三产业稳步增长。\n二、2026年工作安排\n")]
    public void Numbers_that_only_count_inside_a_sentence_are_not_cut_off(string text)
    {
        var outline = Build("各位代表：\n" + text);
        Assert.Equal("二、\n", Shape(outline.Root));
    }

    [Fact]
    public void A_numbered_heading_broken_after_a_joining_word_is_one_heading()
    {
        var outline = Build("各位代表：现在，我代表市人民政府向大会报告工作。\n一、2025年和“十四五”\n工作回顾\n（一）稳增长。正文。\n二、2026年工作安排\n（一）扩内需。正文。");
        Assert.Equal("一、2025年和“十四五”工作回顾", outline.Root.Children.First(c => c.IsNumbered).Paragraph!.Text);
    }

    [Fact]
    public void A_report_that_starts_at_paren_numbers_nests_them_at_the_top()
    {
        var outline = Build("标题。\n（一）第一部分。\n1.细项。\n（二）第二部分。");
        Assert.Equal("（一）\n  1.\n（二）\n", Shape(outline.Root));
    }

    [Fact]
    public void Dash_lines_in_the_front_matter_do_not_swallow_the_sections()
    {
        var outline = Build("政府工作报告\n——2024年1月22日在某某会议上\n一、回顾\n——经济向好。增长5%。\n——民生改善。就业稳定。\n二、任务\n（一）任务一。");
        Assert.Equal(["——", "一、", "二、"], outline.Root.NumberedChildren.Select(n => n.Marker!.Text));
    }

    [Fact]
    public void Closing_text_after_self_contained_items_belongs_to_the_section()
    {
        var outline = Build("一、回顾\n（一）第一项。正文一。\n（二）第二项。正文二。\n经过努力，取得好成绩。\n二、任务");
        var section = outline.Root.NumberedChildren.First();
        Assert.Contains(section.Children, c => !c.IsNumbered && c.Text.StartsWith("经过努力", StringComparison.Ordinal));
        Assert.All(section.NumberedChildren, item => Assert.Empty(item.Children));
    }

    [Fact]
    public void Body_paragraphs_after_a_heading_only_item_belong_to_it()
    {
        var outline = Build("一、回顾\n（一）第一项\n正文一。\n（二）第二项\n正文二。");
        Assert.All(outline.Root.NumberedChildren.First().NumberedChildren, item => Assert.Single(item.Children));
    }

    [Fact]
    public void Lines_broken_inside_sentences_are_joined()
    {
        var outline = Build("标题\n一、回顾\n全省细颗粒物平均浓度为31.2微克/立方米，\n同比下降4.3%。\n完成钢铁企业超低排放改造\n36家。");
        var paragraphs = outline.Paragraphs.Select(p => p.Text).ToList();
        Assert.Contains("全省细颗粒物平均浓度为31.2微克/立方米，同比下降4.3%。", paragraphs);
        Assert.Contains("完成钢铁企业超低排放改造36家。", paragraphs);
    }

    [Fact]
    public void Front_matter_lines_are_never_joined_by_words_alone()
    {
        var outline = Build("政府工作报告\n某某省省长 某某\n各位代表：\n现在，我代表省人民政府报告工作。");
        Assert.Equal(["政府工作报告", "某某省省长 某某", "各位代表：", "现在，我代表省人民政府报告工作。"], outline.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Spans_of_joined_paragraphs_point_back_to_the_original_lines()
    {
        var outline = Build("标题\n一、回顾\n第一行，\n第二行。");
        var joined = outline.Paragraphs.Single(p => p.Text == "第一行，第二行。");
        Assert.Equal(3, joined.Line);
        var span = joined.SpanOf(4, 7);
        Assert.Equal("第二行", outline.Report.Text[span.Start..span.End]);
        Assert.Equal(4, span.Line);
    }

    [Fact]
    public void A_gap_in_the_numbering_is_a_warning()
    {
        var outline = Build("一、回顾\n（一）第一项。\n（三）第三项。");
        Assert.Contains(outline.Diagnostics, w => w.Text.Contains("（一） to （三）", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_that_starts_again_at_one_is_a_new_list_not_a_numbering_error()
    {
        var outline = Build("一、回顾\n一是稳增长。正文。\n二是促改革。正文。\n同时，要做好以下工作。\n一是扩内需。正文。\n二是惠民生。正文。");
        Assert.DoesNotContain(outline.Diagnostics, w => w.Text.Contains("numbering goes from", StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_heading_alone_on_its_line_stands_at_the_top_and_is_not_joined_to_the_next_line()
    {
        var outline = Build("各位代表：\n现在，我代表省人民政府向大会报告工作。\n2025年工作回顾\n一是稳增长。正文。\n二是促改革。正文。\n2026年重点工作\n今年是开局之年。\n（一）扩大内需。正文。");
        var headings = outline.Root.Children.Where(c => c.Paragraph?.IsPartHeading == true).Select(c => c.Text).ToList();
        Assert.Equal(["2025年工作回顾", "2026年重点工作"], headings);
    }

    [Theory]
    [InlineData("各位代表：\n现在，我代表省人民政府向大会报告工作。\n2025年工作回顾 2025年，全省经济稳中有进。\n一是稳增长。正文。\n二是促改革。正文。\n2026年工作任务 今年是开局之年，主要任务如下。\n（一）扩大内需。正文。")]
    [InlineData("各位代表：\n现在，我代表省人民政府向大会报告工作。\n**2025年工作回顾** 2025年，全省经济稳中有进。\n一是稳增长。正文。\n二是促改革。正文。\n**2026年工作任务**　今年是开局之年，主要任务如下。\n（一）扩大内需。正文。")]
    public void A_part_heading_glued_to_its_first_paragraph_by_a_space_is_a_heading_of_its_own(string text)
    {
        var outline = OutlineBuilder.Build(ReportReader.Clean(text, format: text.Contains("**", StringComparison.Ordinal) ? SourceFormat.Markdown : SourceFormat.Text));
        var headings = outline.Root.Children.Where(c => c.Paragraph?.IsPartHeading == true).Select(c => c.Text).ToList();
        Assert.Equal(["2025年工作回顾", "2026年工作任务"], headings);
        Assert.Contains(outline.Paragraphs, p => p.Text.StartsWith("2025年，全省经济稳中有进", StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_heading_after_the_salutation_stands_even_when_the_sentence_between_lost_its_stop()
    {
        var outline = Build("政府工作报告\n各位代表：\n我代表省人民政府，向大会作工作报告，请予审议\n2025年政府工作回顾\n过去一年，全省经济稳中有进。\n2026年政府工作主要任务\n（一）扩大内需。正文。");
        var headings = outline.Root.Children.Where(c => c.Paragraph?.IsPartHeading == true).Select(c => c.Text).ToList();
        Assert.Equal(["2025年政府工作回顾", "2026年政府工作主要任务"], headings);
    }

    [Theory]
    [InlineData("各位代表：\n现在，我代表省人民政府向大会报告工作。\n回顾过去一年 我们深感责任重大。\n")]
    [InlineData("各位代表：\n现在，我代表省人民政府向大会报告工作。\n2025年工作回顾 稳增长，促改革\n")]
    public void A_line_that_only_opens_with_part_words_is_not_cut(string text)
    {
        Assert.DoesNotContain(Build(text).Paragraphs, p => p.IsPartHeading);
    }

    [Theory]
    [InlineData("2025年主要工作成效", "2026年主要工作")]
    [InlineData("“十四五”发展及2025年主要工作成效", "2026年重点工作")]
    public void Part_headings_name_the_parts_in_the_ways_the_genre_does(string review, string work)
    {
        var outline = Build($"各位代表：\n现在，我代表市人民政府向大会报告工作。\n{review}\n一是稳增长。正文。\n二是促改革。正文。\n{work}\n今年是开局之年。\n（一）扩大内需。正文。");
        var headings = outline.Root.Children.Where(c => c.Paragraph?.IsPartHeading == true).Select(c => c.Text).ToList();
        Assert.Equal([review, work], headings);
    }

    [Fact]
    public void An_indicator_paragraph_owns_nothing_after_it()
    {
        var outline = Build("一、回顾\n——经济稳中向好。增长5%。\n——民生持续改善。收入增长。\n一年来，我们主要做了以下工作。\n一是稳增长。正文。\n二是促改革。正文。");
        Assert.Equal("一、\n  ——\n  ——\n  一是\n  二是\n", Shape(outline.Root));
    }
}
