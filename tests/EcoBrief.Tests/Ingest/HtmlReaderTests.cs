using System.Diagnostics;
using System.Text;
using EcoBrief.Diagnostics;
using EcoBrief.Ingest;
using EcoBrief.Ingest.Html;

namespace EcoBrief.Tests.Ingest;

public sealed class HtmlReaderTests
{
    private const string Prose = "过去一年，我们坚持稳中求进工作总基调，全面深化改革开放，经济运行总体平稳，发展质量稳步提升，人民生活持续改善。";

    private const string Prose2 = "今年发展主要预期目标是：地区生产总值增长5%左右，城镇新增就业60万人以上，居民消费价格涨幅2%左右。";

    private static IngestedReport Read(string html, string name = "page.html") =>
        new HtmlReader().Read(ReportSource.FromText(name, html));

    private static string Page(string body, string head = "<meta charset=\"utf-8\"><title>政府工作报告_某省人民政府</title>") =>
        $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";

    [Fact]
    public void Only_the_article_is_read_navigation_share_bars_related_links_and_footers_are_not()
    {
        var html = Page(
            "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/a\">政务公开</a></div>"
            + "<div class=\"bdshare\">分享到：<a>微信</a><a>微博</a></div>"
            + "<h1>政府工作报告</h1>"
            + $"<div class=\"content\"><p>{Prose}</p><p>一、2025年工作回顾</p><p>{Prose2}</p></div>"
            + "<div class=\"related\"><h3>相关阅读</h3><ul><li><a href=\"/x\">某市召开经济工作会议部署明年重点任务</a></li></ul></div>"
            + "<footer>版权所有 某省人民政府 某ICP备12345678号</footer>");
        Assert.Equal(["政府工作报告", Prose, "一、2025年工作回顾", Prose2], Read(html).Lines.Select(l => l.Text));
    }

    [Fact]
    public void Line_breaks_and_paragraphs_end_lines_and_the_markups_white_space_collapses()
    {
        var html = Page($"<h1>政府工作报告</h1><div id=\"zoom\">\n  {Prose}<br>一、2025年\n    工作回顾<br/><br/><p>  二、2026年工作安排  </p>&ldquo;十五五&rdquo;&nbsp;开局</div>");
        Assert.Equal(["政府工作报告", Prose, "一、2025年 工作回顾", "二、2026年工作安排", "“十五五” 开局"], Read(html).Lines.Select(l => l.Text));
    }

    [Fact]
    public void The_charset_comes_from_the_meta_tag()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = Page($"<h1>政府工作报告</h1><div class=\"TRS_Editor\"><p>{Prose}</p></div>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
        var report = new HtmlReader().Read(new ReportSource("page.htm", Encoding.GetEncoding(936).GetBytes(html)));
        Assert.Equal(["政府工作报告", Prose], report.Lines.Select(l => l.Text));
        Assert.StartsWith("web page (GB18030 (meta charset gb2312))", report.EncodingName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_saved_again_as_UTF8_under_its_old_meta_tag_is_read_as_UTF8()
    {
        var html = Page($"<h1>政府工作报告</h1><div><p>{Prose}</p></div>", "<meta charset=\"gbk\">");
        var report = Read(html);
        Assert.Equal(["政府工作报告", Prose], report.Lines.Select(l => l.Text));
        Assert.Contains("the bytes are UTF-8", report.EncodingName, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_styles_comments_and_hidden_blocks_are_not_text()
    {
        var html = Page($"<script>document.write('<p>脚本里的段落不是正文</p>');</script><style>p{{color:red}}</style><!-- <p>注释里的段落</p> -->"
            + $"<div class=\"content\"><p>{Prose}</p><p style=\"display: none\">隐藏的段落也不是正文内容，读者看不到它。</p><noscript>请启用脚本</noscript></div>");
        Assert.Equal(["政府工作报告", Prose], Read(html).Lines.Select(l => l.Text));
    }

    [Fact]
    public void Without_a_heading_the_pages_title_before_the_sites_name_opens_the_article()
    {
        var report = Read(Page($"<div class=\"article\"><p>{Prose}</p></div>"));
        Assert.Equal("政府工作报告", report.Lines[0].Text);
    }

    [Fact]
    public void A_table_row_of_several_cells_is_one_line_its_cells_apart()
    {
        var html = Page($"<h1>政府工作报告</h1><div class=\"content\"><p>{Prose}</p><table><tr><td>指标</td><td>目标</td></tr><tr><td>地区生产总值增长</td><td>5%左右</td></tr></table></div>");
        Assert.Equal(["政府工作报告", Prose, "指标 目标", "地区生产总值增长 5%左右"], Read(html).Lines.Select(l => l.Text));
    }

    [Fact]
    public void Each_line_keeps_the_line_of_the_source_where_it_begins()
    {
        var html = "<html><body>\n<h1>政府工作报告</h1>\n<div class=\"content\">\n<p>" + Prose + "</p>\n\n<p>" + Prose2 + "</p>\n</div></body></html>";
        Assert.Equal([2, 4, 6], Read(html).Lines.Select(l => l.Line));
    }

    [Fact]
    public void A_web_archive_is_read_from_its_html_part_in_the_charset_the_part_names()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = Encoding.GetEncoding(936).GetBytes(Page($"<h1>政府工作报告</h1><div class=\"content\"><p>{Prose}</p></div>", string.Empty));
        var archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B--\"\r\n\r\n"
            + "------B--\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
            + "------B--\r\nContent-Type: text/html; charset=\"gbk\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Convert.ToBase64String(page, Base64FormattingOptions.InsertLineBreaks) + "\r\n------B----\r\n";
        var report = new HtmlReader().Read(new ReportSource("page.mhtml", Encoding.ASCII.GetBytes(archive)));
        Assert.Equal(["政府工作报告", Prose], report.Lines.Select(l => l.Text));
        Assert.StartsWith("web archive (GB18030 (archive charset gbk))", report.EncodingName, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_printable_soft_breaks_and_escapes_are_decoded()
    {
        var html = Page($"<h1>政府工作报告</h1><div class=\"content\"><p>{Prose}</p></div>");
        var qp = string.Concat(Encoding.UTF8.GetBytes(html).Select((b, i) => (b is >= 33 and <= 126 && b != '=' ? ((char)b).ToString() : $"={b:X2}") + (i % 20 == 19 ? "=\r\n" : string.Empty)));
        var archive = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp;
        Assert.Equal(["政府工作报告", Prose], new HtmlReader().Read(new ReportSource("page.mht", Encoding.ASCII.GetBytes(archive))).Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_web_archive_without_a_page_is_one_line()
    {
        var archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: image/png\r\n\r\nx\r\n--B--\r\n";
        var e = Assert.Throws<InputRejectedException>(() => SourceReaders.Default.Read(ReportSource.FromText("saved.mhtml", archive)));
        Assert.Equal("saved.mhtml: the web archive (.mhtml) holds no HTML page", e.Message);
    }

    [Fact]
    public void A_PDF_named_html_is_refused_with_the_name_it_should_have()
    {
        var e = Assert.Throws<InputRejectedException>(() => SourceReaders.Default.Read(new ReportSource("report.html", "%PDF-1.7\n%…"u8.ToArray())));
        Assert.Equal("report.html: not a web page: the file is a PDF document; rename it to .pdf", e.Message);
    }

    [Fact]
    public void A_page_saved_as_text_is_read_as_text()
    {
        var report = Read("政府工作报告\n" + Prose + "\n");
        Assert.Equal(["政府工作报告", Prose], report.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_page_with_no_text_is_one_line()
    {
        var e = Assert.Throws<InputRejectedException>(() => SourceReaders.Default.Read(ReportSource.FromText("app.html", "<html><body><div id=\"app\"></div><script>render()</script></body></html>")));
        Assert.StartsWith("app.html: the web page has no text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_nested_a_hundred_thousand_deep_is_read_in_bounded_time()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<div>", 100_000)) + $"<p>{Prose}</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000)));
        var clock = Stopwatch.StartNew();
        var report = Read(html);
        Assert.Contains(report.Lines, l => l.Text == Prose);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed}");
    }

    [Fact]
    public void An_unclosed_paragraph_closes_at_the_next_block_and_a_stray_end_tag_is_ignored()
    {
        var root = HtmlParser.Parse("<div><p>甲<p>乙</span><div>丙</div></div>");
        var div = root.Children.Single();
        Assert.Equal(["p", "p", "div"], div.Children.Select(c => c.Name));
    }
}
