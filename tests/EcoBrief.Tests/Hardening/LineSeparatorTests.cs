using EcoBrief.Ingest;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// Every separator the Unicode Standard (§5.8, R4) reads as the end of a line — NEL, LS, PS, FF — and
/// VT (Word's manual line break in plain text) ends a line of the report; a form feed between the
/// pages of converted text no longer merges the last line of one page with the first of the next.
/// Line numbers count LF, CR and CRLF only, as editors and grep -n do.
/// </summary>
public sealed class LineSeparatorTests
{
    [Theory]
    [InlineData('\f')]
    [InlineData('\v')]
    [InlineData('\u0085')]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    public void A_separator_ends_the_line_before_it(char separator)
    {
        var report = ReportReader.Clean($"一、坚持稳中求进，推动高质量发展。{separator}二、深入打好污染防治攻坚战。\n");

        Assert.Equal(["一、坚持稳中求进，推动高质量发展。", "二、深入打好污染防治攻坚战。"], report.Lines.Select(l => l.Text));
        Assert.DoesNotContain(report.Diagnostics, w => w.Text.Contains("control", StringComparison.Ordinal));
    }

    [Fact]
    public void A_form_feed_between_pages_keeps_the_line_numbers_an_editor_shows()
    {
        // pdftotext ends each page with a form feed, at the start of the next page's first line.
        var report = ReportReader.Clean("第一页最后一段。\n\f第二页第一段。\n第二页第二段。\f\n第三页。");

        Assert.Equal(["第一页最后一段。", "第二页第一段。", "第二页第二段。", "第三页。"], report.Lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3, 4], report.Lines.Select(l => l.Line));
    }

    [Fact]
    public void Headings_separated_by_form_feeds_are_read_as_headings()
    {
        var text = "一、过去一年工作回顾\f过去一年，我们坚持稳中求进，经济运行总体平稳。\f二、今年工作安排\f今年要坚持稳中求进，推动高质量发展。\n";
        var outline = EcoBrief.Outline.OutlineBuilder.Build(ReportReader.Clean(text));

        var parts = outline.Root.NumberedChildren.ToList();
        Assert.Equal(["一、", "二、"], parts.Select(p => p.Marker!.Text));
        Assert.StartsWith("过去一年工作回顾", parts[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("今年工作安排", parts[1].Text, StringComparison.Ordinal);
    }
}
