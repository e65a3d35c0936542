using EcoBrief.Diagnostics;
using EcoBrief.Publishing;
using EcoBrief.Extraction;
using EcoBrief.Extraction.Scoring;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Extraction;

/// <summary>A section the extraction cannot find or is unsure of says so, in the data and on the page; a sure one does not.</summary>
public sealed class ConfidenceTests
{
    // A review with no list of any kind: two lone paragraphs, no numbering, no leads.
    private const string NoReviewList = "政府工作报告\n各位代表：\n一、2023年工作回顾\n过去一年，我们克服困难，经济运行总体平稳，各项事业取得新进展，人民生活水平稳步提高。\n同时也要看到，发展中还存在一些问题。有效需求不足。部分企业经营困难。\n二、2024年工作任务\n（一）扩大内需。正文内容。\n（二）推进改革。正文内容。\n（三）保障民生。正文内容。";

    [Fact]
    public void A_section_with_no_list_has_no_confidence_and_is_warned_about_once()
    {
        var briefing = Stages.Extract(ReportReader.Clean(NoReviewList));
        Assert.Empty(briefing.Achievements);
        Assert.Equal(0, briefing.Confidence.Achievements.Value);
        Assert.True(briefing.Confidence.Achievements.Unsure);
        Assert.Contains("主要成绩", briefing.Confidence.UnsureSections());
        Assert.Single(briefing.Diagnostics, d => d.Kind == DiagnosticKinds.UnsureSection);
    }

    [Fact]
    public void The_summary_says_in_its_place_that_a_section_was_not_found()
    {
        var briefing = Stages.Extract(ReportReader.Clean(NoReviewList));
        var markdown = DocumentBuilder.BuiltIn.Build(briefing, "summary", "x.txt").Markdown;
        var section = markdown[markdown.IndexOf("## 主要成绩", StringComparison.Ordinal)..markdown.IndexOf("## 问题挑战", StringComparison.Ordinal)];
        Assert.Contains("【**待核对**】未能可靠识别本部分，请核对原文。", section, StringComparison.Ordinal);
        Assert.DoesNotContain("待核对", markdown[markdown.IndexOf("## 重点任务", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_handout_flags_an_unsure_section_and_names_what_it_rests_on()
    {
        var briefing = Stages.Extract(ReportReader.Clean(NoReviewList));
        var markdown = DocumentBuilder.BuiltIn.Build(briefing, "handout", "x.txt").Markdown;
        Assert.Contains("## 主要成绩", markdown, StringComparison.Ordinal);
        Assert.Contains("【**待核对**】未能可靠识别本部分", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sure_report_is_not_flagged_and_its_confidence_reaches_the_json()
    {
        var briefing = Briefings.Seed;
        Assert.Empty(briefing.Confidence.UnsureSections());
        Assert.DoesNotContain(briefing.Diagnostics, d => d.Kind == DiagnosticKinds.UnsureSection);
        var json = EcoBrief.Serialization.BriefingJson.Serialize(briefing);
        Assert.Contains("\"confidence\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"unsure\": false", json, StringComparison.Ordinal);
        var back = EcoBrief.Serialization.BriefingJson.Deserialize(json);
        Assert.Equal(briefing.Confidence.Tasks.Value, back.Confidence.Tasks.Value);
    }

    [Theory]
    [InlineData(0.1, "list:0-0.4")]
    [InlineData(0.4, "list:0.4-0.6")]
    [InlineData(0.79, "list:0.6-0.8")]
    [InlineData(0.85, "list:0.8-0.9")]
    [InlineData(0.99, "list:0.9-1")]
    public void A_list_probability_falls_in_its_calibration_bin(double p, string bin)
    {
        Assert.Equal(bin, Calibration.ListBin(p));
    }

    [Fact]
    public void A_bucket_the_keys_never_saw_is_an_even_chance()
    {
        Assert.Equal(0.5, Calibration.Of("no-such-bucket:ever"));
        Assert.InRange(Calibration.Of("tasks-part:p0.9"), 0.8, 1.0);
    }
}
