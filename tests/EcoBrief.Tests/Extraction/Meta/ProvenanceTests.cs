using EcoBrief.Ingest;
using EcoBrief.Templating;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Extraction.Meta;

/// <summary>Where a briefing says its text came from: the publisher and the date the text or its front matter gives, never a file name; a page's stamp is no meeting date.</summary>
public sealed class ProvenanceTests
{
    private static Model.BriefingMeta Meta(string text) => Stages.Extract(ReportReader.Clean(text)).Meta;

    private const string Body =
        "各位代表：\n现在，我代表省人民政府，向大会报告政府工作，请予审议。\n一、2025年工作回顾\n（一）稳经济。全省地区生产总值增长5.5%。\n";

    [Fact]
    public void A_source_line_and_a_page_stamp_give_the_publisher_and_the_posting_date_and_the_byline_the_meeting_date()
    {
        var meta = Meta("2026年某某省政府工作报告\n——2026年2月5日在安徽省第十四届人民代表大会第四次会议上\n来源：安徽日报\n时间：2026-02-11\n" + Body);
        Assert.Equal("2026-02-05", meta.Delivered);
        Assert.Equal("2026-02-11", meta.Posted);
        Assert.Equal("2026-02-05", meta.Published);
        Assert.Equal("安徽日报", meta.Publication);
        Assert.Equal("来源：安徽日报，2026年2月11日", SourceCredit.Of(meta));
        Assert.Equal(("安徽省", "省级"), (meta.Region, meta.Level));
    }

    [Fact]
    public void A_repost_stamp_alone_is_the_posting_date_not_the_meeting_date()
    {
        var meta = Meta("某某部部长王明：凝心聚力开创工作新局面\n时事报告 2024-05-28 16:06北京\n" + Body);
        Assert.Null(meta.Delivered);
        Assert.Equal("2024-05-28", meta.Posted);
        Assert.Equal("2024-05-28", meta.Published); // the model's one date, for tools, as before
    }

    [Theory]
    [InlineData("在第九届全国人民代表大会第三次会议上的政府工作报告\n国务院总理 王明\n2031年3月5日\n", "2031-03-05")]
    [InlineData("政府工作报告\n第九届全国人大二次会议，2031年3月5日\n国务院总理 王明\n", "2031-03-05")]
    [InlineData("政府工作报告\n——在2031年1月23日某某省第九届人民代表大会第一次会议上\n代省长 王明\n", "2031-01-23")]
    [InlineData("政府工作报告\n——2031年1月12日某某市第九届人民代表大会第六次会议通过\n市长王明\n", "2031-01-12")]
    public void A_byline_date_in_any_of_the_genres_shapes_is_the_meeting_date_not_a_posting_stamp(string front, string date)
    {
        // Regression (issue 21): these were read as the date a page posted the text.
        var meta = Meta(front + Body);
        Assert.Equal((date, null), (meta.Delivered, meta.Posted));
    }

    [Fact]
    public void The_seed_says_its_journal_and_no_meeting_date()
    {
        var meta = Pipelines.Extract(TestPaths.Seed).Meta;
        Assert.Null(meta.Delivered);
        Assert.Equal("来源：《党委中心组学习》2024年第2期，2024年5月28日", SourceCredit.Of(meta));
        Assert.Equal(("全国", "部门"), (meta.Region, meta.Level));
    }

    [Fact]
    public void A_front_matter_source_gives_its_site()
    {
        var text = "---\nsource: http://www.sz.gov.cn/zfgb/2001/gb221/content/post_5018024.html\ntitle: 政府工作报告\n---\n\n**政府工作报告**\n\n——2001年3月27日在深圳市第三届人民代表大会第二次会议上\n\n" + Body;
        var meta = Stages.Extract(ReportReader.Clean(text, format: SourceFormat.Markdown)).Meta;
        Assert.Equal("http://www.sz.gov.cn/zfgb/2001/gb221/content/post_5018024.html", meta.SourceUrl);
        Assert.Equal("来源：www.sz.gov.cn", SourceCredit.Of(meta));
        Assert.Equal(("深圳市", "市级"), (meta.Region, meta.Level));
    }

    [Fact]
    public void A_text_that_names_no_source_has_no_source_line()
    {
        Assert.Null(SourceCredit.Of(Meta("政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理　李克强\n" + Body)));
    }
}
