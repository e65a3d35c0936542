using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;

namespace EcoBrief.Tests.Extraction;

public sealed class MetaExtractorTests
{
    private static BriefingMeta Meta(string text) => BriefingExtractor.Extract(ReportReader.Clean(text)).Meta;

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

    [Fact]
    public void A_title_that_names_the_meeting_gives_the_occasion()
    {
        var meta = Meta("某某市长在某某市第九届人民代表大会第二次会议的政府工作报告\n某某市市长 某某\n各位代表：\n一、过去一年工作回顾\n（一）加强宏观调控。正文。\n（二）深化改革。正文。\n二、今年工作任务\n（一）推进产业建设。正文。\n（二）扩大内需。正文。");
        Assert.Equal("某某市第九届人民代表大会第二次会议", meta.Occasion);
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
        var briefing = BriefingExtractor.Extract(ReportReader.Clean("这是一段没有任何标题和讲话人的文字。"));
        Assert.Null(briefing.Meta.Speaker);
        Assert.Contains(briefing.Diagnostics, w => w.Text.Contains("no speaker", StringComparison.Ordinal));
        Assert.Contains(briefing.Diagnostics, w => w.Text.Contains("no challenges", StringComparison.Ordinal));
    }

    [Fact]
    public void Challenges_as_sentences_drop_their_lead_in_words_and_stop_at_the_answer()
    {
        var briefing = BriefingExtractor.Extract(ReportReader.Clean("一、2023年工作回顾\n（一）加强调控。正文。\n（二）深化改革。正文。\n在看到成绩的同时，我们也清醒认识到面临的困难和挑战。外部环境的不确定性上升。从国内看，有效需求不足，部分行业产能过剩。民生领域还有不少短板。我们一定直面问题挑战，尽心竭力做好工作。\n二、2024年政府工作任务\n（一）扩大内需。正文。\n（二）推进改革。正文。"));
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
}
