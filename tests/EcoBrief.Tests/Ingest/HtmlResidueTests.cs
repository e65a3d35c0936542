using EcoBrief.Diagnostics;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Ingest;

public sealed class HtmlResidueTests
{
    [Fact]
    public void Character_references_are_decoded_in_plain_text()
    {
        var report = ReportReader.Clean("标题\n&nbsp;&nbsp;推进&ldquo;无废城市&rdquo;建设，完成率达&#57;0%&#x3002;\nA&B两地合作。");
        Assert.Equal(["标题", "推进“无废城市”建设，完成率达90%。", "A&B两地合作。"], report.Lines.Select(l => l.Text));
        // Plain text with references is not markup: no warning.
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind == DiagnosticKinds.HtmlMarkup);
    }

    [Fact]
    public void Paragraphs_in_tags_become_lines_that_keep_their_original_line()
    {
        const string text = "<p>标题</p>\n<p>第一段<b>文字</b>。</p><p>第二段。</p>\n<br/>第三段。";
        var report = ReportReader.Clean(text);
        Assert.Equal(["标题", "第一段文字。", "第二段。", "第三段。"], report.Lines.Select(l => l.Text));
        Assert.Equal([1, 2, 2, 3], report.Lines.Select(l => l.Line));
        Assert.Contains(report.Diagnostics, d => d.Kind == DiagnosticKinds.HtmlMarkup && d.Message.Contains("9 tag(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_saved_page_loses_its_head_scripts_styles_and_comments()
    {
        const string text = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>某某报告_某某网</title>
            <script>var s = "<p>不是正文</p>";
            if (a < b) { f(); }</script><style>p { margin: 0 }</style></head>
            <body><!-- 正文
            开始 --><h1>某某工作报告</h1><div>一、过去一年工作回顾</div>
            <p>各项工作取得新进展。</p></body></html>
            """;
        var report = ReportReader.Clean(text);
        Assert.Equal(["某某工作报告", "一、过去一年工作回顾", "各项工作取得新进展。"], report.Lines.Select(l => l.Text));
        Assert.Equal([6, 6, 7], report.Lines.Select(l => l.Line));
    }

    [Fact]
    public void Angle_brackets_of_prose_are_not_tags()
    {
        var report = ReportReader.Clean("细颗粒物浓度<35微克/立方米的城市增加。\n<某某条例>正式施行。\n比例>90%。");
        Assert.Equal(["细颗粒物浓度<35微克/立方米的城市增加。", "<某某条例>正式施行。", "比例>90%。"], report.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_report_saved_as_a_page_extracts_as_its_text_does()
    {
        var lines = File.ReadAllLines(Support.TestPaths.Seed).Where(l => l.Trim().Length > 0).ToList();
        var page = "<html><head><title>x</title></head><body>" + string.Concat(lines.Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>\n")) + "</body></html>";
        var fromText = Stages.Extract(ReportReader.ReadFile(Support.TestPaths.Seed));
        var fromPage = Stages.Extract(ReportReader.Clean(page));
        Assert.Equal(fromText.Meta.Title, fromPage.Meta.Title);
        Assert.Equal(fromText.Achievements.Select(a => a.Title), fromPage.Achievements.Select(a => a.Title));
        Assert.Equal(fromText.Tasks.Select(a => a.Title), fromPage.Tasks.Select(a => a.Title));
        Assert.Equal(fromText.Figures.Select(f => (f.Label, f.Value)), fromPage.Figures.Select(f => (f.Label, f.Value)));
    }
}
