using EcoBrief.Diagnostics;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Ingest;

public sealed class MarkdownSyntaxTests
{
    private const string Markdown = """
        ---
        source: https://example.gov.cn/2024/report.html
        title: 政府工作报告
        ---

        **政府工作报告**

        ——2024年1月20日在某某市第十六届人民代表大会第三次会议上

        某某市市长 张某某

        <!-- 1月20日，市长张某某作政府工作报告。记者 某某 摄 -->

        各位代表：

        ## 一、2023年工作回顾

        **（一）着力稳增长。**全市生产总值增长5.2%。

        - 一、这是一个数字的条目
        - 一个没有数字的条目

        > 引用的一段话。

        | 序号 | 项目 |
        |---|---|
        | 1 | 新建学校*10*所 |

        \*注：数据为初步统计。
        """;

    [Fact]
    public void Markdown_gives_the_lines_its_plain_text_shows()
    {
        var report = ReportReader.Clean(Markdown, format: SourceFormat.Markdown);
        Assert.Equal(
            [
                "政府工作报告",
                "——2024年1月20日在某某市第十六届人民代表大会第三次会议上",
                "某某市市长 张某某",
                "各位代表：",
                "一、2023年工作回顾",
                "（一）着力稳增长。全市生产总值增长5.2%。",
                "一、这是一个数字的条目",
                "● 一个没有数字的条目",
                "引用的一段话。",
                "序号\u3000项目",
                "1\u3000新建学校10所",
                "*注：数据为初步统计。",
            ],
            report.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Lines_keep_their_original_line_numbers()
    {
        var report = ReportReader.Clean(Markdown, format: SourceFormat.Markdown);
        Assert.Equal(6, report.Lines[0].Line);
        Assert.Equal(16, report.Lines.Single(l => l.Text.StartsWith("一、2023", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void The_front_matter_is_read_and_kept_out_of_the_text()
    {
        var report = ReportReader.Clean(Markdown, format: SourceFormat.Markdown);
        Assert.NotNull(report.FrontMatter);
        Assert.Equal("政府工作报告", report.FrontMatter.Title);
        Assert.Equal(["https://example.gov.cn/2024/report.html"], report.FrontMatter.Sources);
        Assert.Null(report.FrontMatter.Date);
        Assert.Equal(4, report.Chrome.Count(c => c.Kind == ChromeKind.FrontMatter));
    }

    [Fact]
    public void A_comment_is_a_caption_of_the_chrome_even_across_lines()
    {
        var report = ReportReader.Clean("标题\n<!-- 图为会议现场\n记者 某某 摄 -->\n正文第一段。甲乙<!-- 行内 -->丙丁。", format: SourceFormat.Markdown);
        Assert.Equal(["标题", "正文第一段。甲乙丙丁。"], report.Lines.Select(l => l.Text));
        Assert.Equal(["图为会议现场记者 某某 摄", "行内"], report.Chrome.Where(c => c.Kind == ChromeKind.PhotoCaption).Select(c => c.Text));
    }

    [Fact]
    public void A_list_of_sources_in_the_front_matter_is_kept_in_order()
    {
        var report = ReportReader.Clean("---\nsource:\n- https://a.example/1\n- https://a.example/2\ntitle: 某某报告\n---\n正文。", format: SourceFormat.Markdown);
        Assert.Equal(["https://a.example/1", "https://a.example/2"], report.FrontMatter!.Sources);
        Assert.Equal("某某报告", report.FrontMatter.Title);
    }

    [Fact]
    public void A_front_matter_that_is_not_yaml_is_left_out_with_a_warning()
    {
        var report = ReportReader.Clean("---\ntitle: [未闭合\n---\n正文。", format: SourceFormat.Markdown);
        Assert.Equal(["正文。"], report.Lines.Select(l => l.Text));
        Assert.Null(report.FrontMatter);
        Assert.Contains(report.Diagnostics, d => d.Kind == DiagnosticKinds.InvalidFrontMatter);
    }

    [Fact]
    public void Plain_text_that_shows_markdown_is_read_as_markdown()
    {
        // A .txt file (no format given) with a # heading and a bold line: the syntax is recognised by sniffing.
        var sniffed = ReportReader.Clean("**某某报告**\n# 一、工作回顾\n正文。");
        Assert.Equal(["某某报告", "一、工作回顾", "正文。"], sniffed.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Plain_text_without_markdown_is_left_as_it_is()
    {
        // A rule of dashes is not a front matter unless keys follow it; stars in prose stay when nothing shows Markdown.
        var plain = ReportReader.Clean("---\n正文第一段。\n比例达到5*3。");
        Assert.Equal(["---", "正文第一段。", "比例达到5*3。"], plain.Lines.Select(l => l.Text));
        Assert.Null(plain.FrontMatter);
    }

    [Fact]
    public void A_corpus_report_extracts_the_same_as_markdown_as_as_text()
    {
        // The report as a repository keeps it: front matter, bold headings, a heading mark, a caption.
        var text = File.ReadAllText(TestPaths.Seed);
        var lines = text.Split('\n');
        var markdown = "---\ntitle: 某某报告\nsource: https://example.org/a.html\n---\n" + string.Join('\n', lines.Select(l => l.StartsWith("一、", StringComparison.Ordinal) || l.StartsWith("二、", StringComparison.Ordinal) ? "## " + l : l.StartsWith('（') ? "**" + l + "**" : l)) + "\n<!-- 图为会场 -->\n";
        var plain = BriefingExtractor.Extract(ReportReader.Clean(text));
        var md = BriefingExtractor.Extract(ReportReader.Clean(markdown, format: SourceFormat.Markdown));
        Assert.Equal(plain.Achievements.Select(i => i.Title), md.Achievements.Select(i => i.Title));
        Assert.Equal(plain.Challenges.Select(i => i.Title), md.Challenges.Select(i => i.Title));
        Assert.Equal(plain.Tasks.Select(i => i.Title), md.Tasks.Select(i => i.Title));
        Assert.Equal(plain.Figures.Select(f => f.Label + f.Value), md.Figures.Select(f => f.Label + f.Value));
        Assert.Equal(plain.Meta.Speaker, md.Meta.Speaker);
    }
}
