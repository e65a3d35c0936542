using EcoBrief.Ingest;

namespace EcoBrief.Tests.Ingest;

public sealed class ChromeFilterTests
{
    [Theory]
    [InlineData("手机扫码接着看", ChromeKind.SharePrompt)]
    [InlineData("扫一扫在手机打开当前页", ChromeKind.SharePrompt)]
    [InlineData("作者：张三|分类：要闻|标签：会议", ChromeKind.Byline)]
    [InlineData("来源：2024年第2期《某某杂志》", ChromeKind.Source)]
    [InlineData("浏览18 评论0", ChromeKind.Counter)]
    [InlineData("阅读：3521", ChromeKind.Counter)]
    [InlineData("返回", ChromeKind.Navigation)]
    [InlineData("【返回】", ChromeKind.Navigation)]
    [InlineData("目录", ChromeKind.Navigation)]
    [InlineData("当前位置：首页 > 新闻 > 正文", ChromeKind.Navigation)]
    [InlineData("【字体：大 中 小】 【打印】", ChromeKind.Navigation)]
    [InlineData("首页 > 要闻 > 正文", ChromeKind.Navigation)]
    [InlineData("网站首页»政务公开", ChromeKind.Navigation)]
    [InlineData("政务公开 › 政府信息公开 › 政府工作报告", ChromeKind.Navigation)]
    [InlineData("您所在的位置：首页 > 新闻中心", ChromeKind.Navigation)]
    [InlineData("版权所有：某某省人民政府办公厅  某ICP备05003249号", ChromeKind.Navigation)]
    [InlineData("Copyright © 2026 某某日报社", ChromeKind.Navigation)]
    [InlineData("上一篇：关于开展某某工作的通知", ChromeKind.Navigation)]
    [InlineData("发表评论", ChromeKind.CommentPrompt)]
    [InlineData("◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。", ChromeKind.CommentPrompt)]
    [InlineData("（责任编辑：李四）", ChromeKind.EditorCredit)]
    [InlineData("图片2024年4月19日，某地湿地公园。某某社记者王五/摄", ChromeKind.PhotoCaption)]
    [InlineData("蓝天白云下的城市。张三 摄", ChromeKind.PhotoCaption)]
    [InlineData("2024-05-28 23:20:36", ChromeKind.Dateline)]
    [InlineData("28 05月", ChromeKind.Dateline)]
    [InlineData("新闻频道 2024-05-28 16:06北京", ChromeKind.Dateline)]
    public void Chrome_lines_are_recognised_by_pattern(string line, ChromeKind kind) =>
        Assert.Equal(kind, ChromeFilter.Classify(line));

    [Theory]
    [InlineData("一、全国生态环境保护工作取得积极进展")]
    [InlineData("（五）确保核与辐射安全。持续完善核安全监管体系和能力。")]
    [InlineData("2024年是实现“十四五”规划目标任务的关键一年。")]
    [InlineData("全年各地办理行政处罚案件7.96万件、罚没款数额总计62.7亿元。")]
    [InlineData("各位代表：")]
    [InlineData("营业收入 > 1000亿元的企业达到12家。")]
    [InlineData("首页率先建成的示范区已经投入运营。")]
    public void Report_text_is_not_chrome(string line) => Assert.Null(ChromeFilter.Classify(line));

    [Fact]
    public void Everything_after_the_report_ends_goes_once_the_trailer_starts()
    {
        var lines = new[]
        {
            "一、工作回顾",
            "（一）坚持改革创新，着力构建现代环境治理体系。完成各项改革任务，取得积极成效。",
            "（本文系作者在某某会议上的报告，刊发时有删减）",
            "2024-05-28 23:20:36",
            "浏览18 评论0",
            "推动某某工作见行见效 某某市委副秘书长某某：坚持细节为王",
            "另一篇文章的标题",
        }.Select((t, i) => new SourceLine(t, i + 1)).ToList();

        var (body, chrome) = ChromeFilter.Split(lines);

        Assert.Equal(3, body.Count);
        Assert.Equal(ChromeKind.Trailer, chrome.Single(c => c.Line == 6).Kind);
        Assert.Equal(ChromeKind.Trailer, chrome.Single(c => c.Line == 7).Kind);
    }

    [Fact]
    public void A_repeated_headline_is_kept_once()
    {
        var lines = new[] { "某某部部长某某：标题", "某某部部长某某：标题", "一、工作回顾" }.Select((t, i) => new SourceLine(t, i + 1)).ToList();
        var (body, chrome) = ChromeFilter.Split(lines);
        Assert.Equal(["某某部部长某某：标题", "一、工作回顾"], body.Select(b => b.Text));
        Assert.Equal(ChromeKind.Duplicate, chrome.Single().Kind);
    }
}
