using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Extraction;

public sealed class MetaExtractorTests
{
    private static BriefingMeta Meta(string text) => Stages.Extract(ReportReader.Clean(text)).Meta;

    [Fact]
    public void A_subtitle_naming_the_meeting_alone_with_its_date_is_the_occasion()
    {
        var meta = Meta("政府工作报告\n第十四届全国人大三次会议，2025年3月5日\n国务院总理 李强\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2024年工作回顾\n（一）加强宏观调控。正文。\n（二）深化改革。正文。\n二、2025年政府工作任务\n（一）推进产业建设。正文。\n（二）扩大内需。正文。");
        Assert.Equal(("第十四届全国人大三次会议", "2025-03-05"), (meta.Occasion, meta.Published));
    }

    [Fact]
    public void State_council_front_matter_gives_title_speaker_meeting_and_delivery_date()
    {
        var meta = Meta("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2023年工作回顾\n（一）加强宏观调控。正文。\n（二）深化改革。正文。\n二、2024年政府工作任务\n（一）推进产业建设。正文。\n（二）扩大内需。正文。");
        Assert.Equal("政府工作报告", meta.Title);
        Assert.Equal("李强", meta.Speaker);
        Assert.Equal("国务院总理", meta.Role);
        Assert.Equal("第十四届全国人民代表大会第二次会议", meta.Occasion);
        Assert.Equal("2024-03-05", meta.Published);
    }

    [Theory]
    [InlineData("2020年1月8日某某市第十届人民代表大会第三次会议通过", "某某市第十届人民代表大会第三次会议", "2020-01-08")]
    [InlineData("（2005年2月3日市九届人大四次会议第二次全体会议通过）", "市九届人大四次会议", "2005-02-03")]
    public void A_note_that_the_meeting_passed_the_report_names_the_meeting(string note, string occasion, string date)
    {
        var meta = Meta("政府工作报告\n" + note + "\n市长 某某\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n（一）加强宏观调控。正文。\n（二）深化改革。正文。\n二、今年工作任务\n（一）推进产业建设。正文。\n（二）扩大内需。正文。");
        Assert.Equal((occasion, date), (meta.Occasion, meta.Published));
    }

    [Fact]
    public void A_title_that_names_the_meeting_gives_the_occasion()
    {
        var meta = Meta("某某市长在某某市第九届人民代表大会第二次会议的政府工作报告\n某某市市长 某某\n各位代表：\n一、过去一年工作回顾\n（一）加强宏观调控。正文。\n（二）深化改革。正文。\n二、今年工作任务\n（一）推进产业建设。正文。\n（二）扩大内需。正文。");
        Assert.Equal("某某市第九届人民代表大会第二次会议", meta.Occasion);
    }

    [Fact]
    public void A_leaders_speech_the_body_cites_names_no_meeting_of_the_report()
    {
        // 上海2021: 深入贯彻…在浦东开发开放30周年庆祝大会上的重要讲话精神 in the review's first lines.
        var meta = Meta("政府工作报告\n某某市市长 某某\n各位代表：\n一、过去一年工作回顾\n我们深入学习贯彻总书记在某某开发开放30周年庆祝大会上的重要讲话精神，推动各项工作。\n（一）加强宏观调控。正文。\n（二）深化改革。正文。\n二、今年工作任务\n（一）推进产业建设。正文。\n（二）扩大内需。正文。");
        Assert.Null(meta.Occasion);
    }

    [Fact]
    public void A_name_and_colon_headline_gives_speaker_and_title()
    {
        var meta = Meta("张三：扎实推进高质量发展的若干思考\n一、回顾\n（一）甲。正文。\n（二）乙。正文。");
        Assert.Equal("张三", meta.Speaker);
        Assert.Equal("扎实推进高质量发展的若干思考", meta.Title);
        Assert.Null(meta.Role);
    }

    [Fact]
    public void Publication_is_read_from_a_source_field_anywhere_in_the_chrome()
    {
        var meta = Meta("发布时间：2024-01-16 10:20  来源：《中国水利》2024年第2期\n某某部部长某某：标题文字很长很长\n一、回顾\n（一）甲。正文。\n（二）乙。正文。");
        Assert.Equal("《中国水利》2024年第2期", meta.Publication);
        Assert.Equal("2024-01-16", meta.Published);
    }

    [Fact]
    public void Missing_meta_is_a_warning_not_an_error()
    {
        var briefing = Stages.Extract(ReportReader.Clean("这是一段没有任何标题和讲话人的文字。"));
        Assert.Null(briefing.Meta.Speaker);
        Assert.Contains(briefing.Diagnostics, w => w.Text.Contains("no speaker", StringComparison.Ordinal));
        Assert.Contains(briefing.Diagnostics, w => w.Text.Contains("no challenges", StringComparison.Ordinal));
    }

    [Fact]
    public void Challenges_as_sentences_drop_their_lead_in_words_and_stop_at_the_answer()
    {
        var briefing = Stages.Extract(ReportReader.Clean("一、2023年工作回顾\n（一）加强调控。正文。\n（二）深化改革。正文。\n在看到成绩的同时，我们也清醒认识到面临的困难和挑战。外部环境的不确定性上升。从国内看，有效需求不足，部分行业产能过剩。民生领域还有不少短板。我们一定直面问题挑战，尽心竭力做好工作。\n二、2024年政府工作任务\n（一）扩大内需。正文。\n（二）推进改革。正文。"));
        Assert.Equal(["外部环境的不确定性上升", "有效需求不足，部分行业产能过剩", "民生领域还有不少短板"], briefing.Challenges.Select(c => c.Title));
        Assert.Equal(2, briefing.Achievements.Count);
        Assert.Equal(2, briefing.Tasks.Count);
    }

    [Fact]
    public void A_speech_byline_with_a_date_gives_speaker_and_delivery_date()
    {
        var meta = Meta("在2024年全省生态环境保护工作会议上的讲话\n王建国（2024年1月20日）\n同志们：\n这次会议很重要。\n一、回顾\n（一）甲。正文。\n（二）乙。正文。");
        Assert.Equal("在2024年全省生态环境保护工作会议上的讲话", meta.Title);
        Assert.Equal("王建国", meta.Speaker);
        Assert.Equal("2024-01-20", meta.Published);
        Assert.Equal("2024年全省生态环境保护工作会议", meta.Occasion);
    }

    [Fact]
    public void A_front_matter_title_that_says_who_gave_the_report_gives_its_title_without_the_joining_word()
    {
        var meta = Meta("---\ntitle: 王明市长在某某市第九届人民代表大会第一次会议上的政府工作报告\n---\n" + Body);
        Assert.Equal("政府工作报告", meta.Title);
        Assert.Equal("王明", meta.Speaker);
    }

    private const string Body = "\n各位代表：\n一、过去一年工作回顾\n（一）加强宏观调控。正文。\n（二）深化改革。正文。\n二、今年工作任务\n（一）推进产业建设。正文。\n（二）扩大内需。正文。";

    [Theory]
    [InlineData("政 府 工 作 报 告\n——2024年1月20日在某某市第十六届人民代表大会第三次会议上", "政府工作报告")]
    [InlineData("原标题：政府工作报告——\n2024年1月21日在某某市第十六届人民代表大会第二次会议上", "政府工作报告")]
    [InlineData("政府工作报告（2024年1月24日在某某省第十四届人民代表大会第三次会议上 省长 张某某）", "政府工作报告")]
    [InlineData("政府工作报告 2004年2月24日在某某省第二届人民代表大会第2次会议上", "政府工作报告")]
    [InlineData("某某市人民政府关于印发张某某市长在市十七届人大七次会议上所作《政府工作报告》的通知", "政府工作报告")]
    [InlineData("● 政府工作报告", "政府工作报告")]
    public void The_title_line_is_cleaned_of_what_is_not_the_title(string front, string title)
    {
        Assert.Equal(title, Meta(front + Body).Title);
    }

    [Theory]
    [InlineData("——2024年1月20日在某某市第十六届人民代表大会第三次会议上\n某某市市长 张某某")]
    [InlineData("（2006年1月10日 张某某）\n各位代表：\n现在，我代表省人民政府向大会作报告，请予审议。")]
    [InlineData("省 长 张某某\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作，请予审议。")]
    [InlineData("－－2006年1月8日在某某省第十届人民代表大会第四次会议上的报告")]
    public void A_report_whose_text_says_it_is_a_government_work_report_is_titled_so(string front)
    {
        Assert.Equal("政府工作报告", Meta(front + Body).Title);
    }

    [Fact]
    public void The_text_that_names_its_report_gives_that_title()
    {
        var meta = Meta("各位代表：\n现在，我代表市人民政府，向大会作关于某某市国民经济和社会发展第十一个五年规划纲要的报告，请予审议。" + Body);
        Assert.Equal("关于某某市国民经济和社会发展第十一个五年规划纲要的报告", meta.Title);
    }

    [Theory]
    [InlineData("某某市市长 张某某", "张某某", "某某市市长")]
    [InlineData("某某市市长张某某", "张某某", "某某市市长")]
    [InlineData("市 长 张某某", "张某某", "市长")]
    [InlineData("市长：张某某", "张某某", "市长")]
    [InlineData("（2005年1月25日 张某某）", "张某某", null)]
    [InlineData("——2007年1月16日在某某市第十三届人民代表大会第五次会议上市长 张某某", "张某某", "市长")]
    public void The_speaker_is_read_from_the_bylines_of_the_genre(string front, string speaker, string? role)
    {
        var meta = Meta("政府工作报告\n" + front + Body);
        Assert.Equal((speaker, role), (meta.Speaker, meta.Role));
    }

    [Fact]
    public void A_caption_kept_in_a_comment_names_the_speaker_when_no_byline_does()
    {
        var meta = Meta("政府工作报告\n<!-- 1月8日，省长张某某在省十一届人大五次会议上作《政府工作报告》。记者 李某 摄 -->" + Body);
        Assert.Equal(("张某某", "省长"), (meta.Speaker, meta.Role));
    }

    [Fact]
    public void A_name_alone_under_the_date_is_the_speaker()
    {
        var meta = Meta("政府工作报告\n（2007年3月29日）\n张某某" + Body);
        Assert.Equal("张某某", meta.Speaker);
    }

    [Theory]
    [InlineData("政府工作报告\n——2022年4月9日在某某市\n第十六届人民代表大会第一次会议上\n张某某")]
    [InlineData("政府工作报告\n——二〇〇三年一月八日在某某市第二届人民代表大会第一\n次会议上\n王某某")]
    [InlineData("政府工作报告\n——2017年1月10日某某自治区十届人大五次会议上\n王某某")]
    public void A_name_alone_under_a_byline_broken_over_lines_is_the_speaker(string front)
    {
        Assert.Matches("^(张|王)某某$", Meta(front + Body).Speaker);
    }

    [Fact]
    public void The_lines_right_above_the_salutation_are_read_after_a_resolution_put_before_the_report()
    {
        var meta = Meta("（2025年2月27日某某市第七届人民代表大会第六次会议通过）\n某某市第七届人民代表大会第六次会议听取和审议了市长张某某所作的政府工作报告，会议同意报告提出的今年工作安排。\n政府工作报告\n——2025年2月25日在某某市第七届人民代表大会第六次会议上\n某某市市长 张某某" + Body);
        Assert.Equal(("张某某", "某某市市长"), (meta.Speaker, meta.Role));
    }

    [Fact]
    public void An_office_and_a_name_on_the_line_above_the_salutation_are_not_run_into_it()
    {
        var meta = Meta("<!-- 白玛某某作政府工作报告 -->\n1月24日，自治区十届人大一次会议在某地隆重开幕。\n自治区主席白玛某某\n各位代表：\n现在，我代表自治区人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n（一）加强宏观调控。正文。\n（二）深化改革。正文。\n二、今年工作任务\n（一）推进产业建设。正文。\n（二）扩大内需。正文。");
        Assert.Equal(("白玛某某", "自治区主席"), (meta.Speaker, meta.Role));
    }

    [Fact]
    public void An_asterisk_left_from_markdown_emphasis_is_not_part_of_the_title()
    {
        Assert.Equal("政府工作报告", Meta("*政府工作报告" + Body).Title);
    }

    [Fact]
    public void A_text_kept_without_its_title_that_reviews_the_year_and_answers_to_the_congress_is_titled_as_the_genre()
    {
        var meta = Meta("一、2011年工作回顾\n经济平稳增长。全年生产总值增长12%。\n政府建设得到新加强。自觉接受人大法律监督和政协民主监督，办理人大代表建议367件。\n二、2012年工作任务\n（一）推进产业建设。正文。\n（二）扩大内需。正文。");
        Assert.Equal("政府工作报告", meta.Title);
    }

    [Theory]
    [InlineData("政府工作报告\n原标题：政府工作报告")]
    [InlineData("政府工作报告\n市长")]
    [InlineData("政府工作报告\n——2021年2月2日在某某市第十四届人民代表大会第六次会议上\n代市长")]
    [InlineData("——2008年2月18日在某某市第十二届人民代表大会第四次会议上\n市长\n各位代表：\n我代表市人民政府，向大会作政府工作报告，请予审议。")]
    public void An_office_or_a_note_is_never_the_speaker(string front)
    {
        Assert.Null(Meta(front + Body).Speaker);
    }
}
