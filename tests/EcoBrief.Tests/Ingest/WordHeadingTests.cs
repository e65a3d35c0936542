using EcoBrief.Ingest;
using EcoBrief.Outline;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Ingest;

/// <summary>
/// A Word file's headings (a paragraph styled heading 1 or 2, or given an outline level) tell the outline
/// what the text cannot: a heading is a paragraph of its own, and one of the top level is a part heading,
/// whatever its words and whether or not it is numbered. Text says no heading level: the same lines in a
/// text file read as they always did.
/// </summary>
public sealed class WordHeadingTests
{
    private static readonly (string Text, int Level)[] Report =
    [
        ("某某工作报告", 0),
        ("各位代表：", 0),
        ("现在，我代表市人民政府向大会报告工作，请予审议。", 0),
        ("回望来路砥砺前行", 1),
        ("过去一年，我们稳住了经济大盘，全市生产总值增长5.1%。", 0),
        ("稳住经济大盘", 2),
        ("出台稳增长措施三十条，新增减税降费十二亿元。", 0),
        ("奋力开创发展新局面", 1),
        ("今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。", 0),
    ];

    private static ReportOutline Word() =>
        OutlineBuilder.Build(SourceReaders.Default.Read(new ReportSource("report.docx", HeadingDocx.FromParagraphs(Report))));

    private static ReportOutline Text() =>
        OutlineBuilder.Build(ReportReader.Clean(string.Join('\n', Report.Select(p => p.Text))));

    [Fact]
    public void A_Word_heading_of_the_top_level_is_a_part_heading_whatever_its_words()
    {
        var parts = Word().Root.Children.Where(c => c.Paragraph?.IsPartHeading == true).Select(c => c.Text).ToList();
        Assert.Equal(["回望来路砥砺前行", "奋力开创发展新局面"], parts);
    }

    [Fact]
    public void A_Word_heading_is_a_paragraph_of_its_own()
    {
        var paragraphs = Word().Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal(Report.Select(p => p.Text), paragraphs);
    }

    [Fact]
    public void The_same_lines_as_text_say_no_heading_and_read_as_before()
    {
        // An unnumbered line without a stop, past the opening, is a sentence cut short: it runs on into the next.
        var outline = Text();
        Assert.DoesNotContain(outline.Paragraphs, p => p.IsPartHeading);
        Assert.Contains("回望来路砥砺前行过去一年，", outline.Paragraphs.Select(p => p.Text).First(t => t.StartsWith("回望", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Outline_levels_on_every_paragraph_are_noise_and_the_file_reads_as_its_text()
    {
        // Word files passed through other editors often carry an outline level on the body's paragraphs
        // too (each shows as a heading in the navigation pane): levels on most paragraphs say nothing.
        var everyOne = Report.Select(p => (p.Text, 1)).ToArray();
        var word = OutlineBuilder.Build(SourceReaders.Default.Read(new ReportSource("report.docx", HeadingDocx.FromParagraphs(everyOne))));
        Assert.Equal(Text().Paragraphs.Select(p => p.Text), word.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain(word.Paragraphs, p => p.IsPartHeading);
    }

    [Fact]
    public void A_paragraph_of_prose_styled_as_a_heading_is_not_a_part_heading()
    {
        // A run-in heading and its text in one paragraph, styled heading 1: a sentence, not a part's title.
        (string, int)[] paragraphs =
        [
            ("某某工作报告", 0),
            ("各位代表：", 0),
            ("现在，我代表市人民政府向大会报告工作，请予审议。", 0),
            ("一、过去一年的工作", 1),
            ("过去一年，我们稳住了经济大盘，全市生产总值增长5.1%，城乡居民收入稳步增长，民生保障有力有效。", 1),
            ("二、今年的主要任务", 1),
        ];
        var word = OutlineBuilder.Build(SourceReaders.Default.Read(new ReportSource("report.docx", HeadingDocx.FromParagraphs(paragraphs))));
        Assert.DoesNotContain(word.Paragraphs, p => p.IsPartHeading && p.Text.StartsWith("过去一年", StringComparison.Ordinal));
    }
}
