using EcoBrief.Diagnostics;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Outline;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Extraction;

/// <summary>
/// The numbers of figures: a negative change is a figure with its sign; a number that does not fit
/// (40 digits, 1e308, 29 digits beyond a decimal) is left out with one warning, never silently.
/// </summary>
public sealed class FigureNumberTests
{
    private static List<KeyFigure> Figures(string text) => KeyFigureExtractor.Extract(OutlineBuilder.Build(ReportReader.Clean(text)).Root, []);

    [Theory]
    [InlineData("全省地区生产总值增长-3.5%。", "全省地区生产总值增长", "-3.5", "-3.5%")]
    [InlineData("工业增加值下降−2.1%。", "工业增加值下降", "-2.1", "−2.1%")]
    [InlineData("进出口总额增长－4.2%。", "进出口总额增长", "-4.2", "－4.2%")]
    [InlineData("居民消费价格涨幅为-0.3%。", "居民消费价格涨幅", "-0.3", "-0.3%")]
    public void A_negative_change_is_a_figure_with_its_sign(string text, string label, string value, string shown)
    {
        var f = Assert.Single(Figures(text));
        Assert.Equal((label, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "%", shown), (f.Label, f.Value, f.Unit, f.Text));
    }

    [Fact]
    public void A_dash_between_two_numbers_is_still_a_range_not_a_sign()
    {
        var f = Assert.Single(Figures("固定资产投资增长3%－5%。"));
        Assert.Equal((3m, "3%－5%"), (f.Value, f.Text));
        Assert.DoesNotContain(Figures("项目编号A-12个。"), g => g.Value < 0);
    }

    [Fact]
    public void Numbers_that_do_not_fit_are_left_out_with_one_warning_and_those_that_fit_are_kept()
    {
        const string Text = "2025年某省政府工作报告\n一、2025年工作回顾\n过去一年，一般公共预算收入1234567890123456789012345678901234567890亿元，"
            + "进出口总额1e308亿元，财政收入99999999999999999999999999999亿元，社会消费品零售总额12345678901234567890123456789亿元，粮食产量增长5.2%。\n"
            + "二、2026年工作安排\n（一）抓好经济。推进工作。\n（二）抓好民生。推进工作。\n";

        var b = Stages.Extract(ReportReader.Clean(Text));

        var warning = Assert.Single(b.Diagnostics, d => d.Kind == DiagnosticKinds.UnfitNumbers);
        Assert.Equal(3, warning.Line);
        Assert.Equal("3 quantities left out of the figures: the number does not fit (more than 28 digits, or written with an exponent), the first on line 3: 123456789012345678901234…", warning.Message);
        Assert.Contains(b.Figures, f => f is { Value: 12345678901234567890123456789m, Unit: "亿元" });
        Assert.Contains(b.Figures, f => f is { Value: 5.2m, Unit: "%" });
        Assert.DoesNotContain(b.Figures, f => f.Text.Contains("308", StringComparison.Ordinal) || f.Text.StartsWith("9999", StringComparison.Ordinal));
        Assert.DoesNotContain(b.Diagnostics, d => d.Kind == DiagnosticKinds.UnfitNumbers && d != warning);
    }

    [Fact]
    public void A_report_whose_numbers_all_fit_has_no_such_warning() =>
        Assert.DoesNotContain(Stages.Extract(ReportReader.Clean("一、回顾\n地区生产总值增长5.2%，达到1.5万亿元。\n二、任务\n（一）抓好经济。\n")).Diagnostics, d => d.Kind == DiagnosticKinds.UnfitNumbers);
}
