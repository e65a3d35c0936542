using System.Reflection;
using System.Text;
using System.Text.Json;
using EcoBrief.Cli;
using EcoBrief.Diagnostics;
using EcoBrief.Document;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Outline;
using EcoBrief.Pdf;
using EcoBrief.Publishing;
using EcoBrief.Serialization;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Diagnostics;

/// <summary>The typed diagnostics: the record and its text, the table of codes, and that each stage's finding carries its stage, code and line.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void The_text_is_file_then_line_then_message_each_only_when_there_is_one()
    {
        var kind = DiagnosticKinds.NumberingGap;
        Assert.Equal("numbering goes from 一、 to 三、", kind.Of("numbering goes from 一、 to 三、").Text);
        Assert.Equal("line 12: numbering goes from 一、 to 三、", kind.At(12, "numbering goes from 一、 to 三、").Text);
        Assert.Equal("summary.pdf: line 3: x", (kind.At(3, "x") with { File = "summary.pdf" }).Text);
        Assert.Equal("report.ecobrief.yml: x", (kind.Of("x") with { File = "report.ecobrief.yml" }).Text);
        Assert.Equal("line 12: x", kind.At(12, "x").ToString());
    }

    [Fact]
    public void A_kind_whose_sentence_names_its_line_is_not_prefixed_with_it_but_still_carries_it()
    {
        var d = DiagnosticKinds.UndecodableBytes.At(4, "3 undecodable byte sequence(s) replaced with U+FFFD, the first on line 4");
        Assert.Equal(4, d.Line);
        Assert.Equal("3 undecodable byte sequence(s) replaced with U+FFFD, the first on line 4", d.Text);
    }

    [Fact]
    public void The_record_gives_its_kind_s_code_stage_and_severity()
    {
        var d = DiagnosticKinds.MissingGlyph.Of("no font has U+10FFFD");
        Assert.Equal(("EB401", DiagnosticStage.Writer, DiagnosticSeverity.Warning), (d.Code, d.Stage, d.Severity));
        Assert.Equal(d, DiagnosticKinds.MissingGlyph.Of("no font has U+10FFFD"));
        Assert.NotEqual(d, DiagnosticKinds.MissingGlyph.At(1, "no font has U+10FFFD"));
    }

    [Fact]
    public void Every_kind_is_in_the_table_once_with_a_code_of_its_stage()
    {
        var declared = typeof(DiagnosticKinds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (DiagnosticKind)f.GetValue(null)!).ToList();
        Assert.Equal(declared.Select(k => k.Code).Order(StringComparer.Ordinal), DiagnosticKinds.All.Select(k => k.Code).Order(StringComparer.Ordinal));
        Assert.Equal(DiagnosticKinds.All.Count, DiagnosticKinds.All.Select(k => k.Code).Distinct(StringComparer.Ordinal).Count());
        foreach (var k in DiagnosticKinds.All.Where(k => k != DiagnosticKinds.Stored))
        {
            Assert.Matches("^EB[1-4][0-9]{2}$", k.Code);
            var digit = k.Stage switch
            {
                DiagnosticStage.Ingest => '1',
                DiagnosticStage.Outline => '2',
                DiagnosticStage.Extraction => '3',
                _ => '4',
            };
            Assert.True(k.Code[2] == digit, $"{k.Code} is a {k.Stage} code");
        }
    }

    [Fact]
    public void The_readme_lists_every_code()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        foreach (var k in DiagnosticKinds.All)
        {
            Assert.Contains($"| `{k.Code}` |", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void In_json_a_diagnostic_is_its_text_and_is_read_back_as_a_stored_one()
    {
        var briefing = Briefings.Seed with { Diagnostics = [DiagnosticKinds.NumberingGap.At(7, "numbering goes from 一、 to 三、"), DiagnosticKinds.NoTasks.Of("no tasks found for the coming year")] };
        var json = BriefingJson.Serialize(briefing);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(["line 7: numbering goes from 一、 to 三、", "no tasks found for the coming year"], doc.RootElement.GetProperty("warnings").EnumerateArray().Select(e => e.GetString()!));

        var back = BriefingJson.Deserialize(json);
        Assert.All(back.Diagnostics, d => Assert.Equal("EB000", d.Code));
        Assert.Equal(briefing.Diagnostics.Select(d => d.Text), back.Diagnostics.Select(d => d.Text));
        Assert.Equal(json, BriefingJson.Serialize(back));
    }

    [Fact]
    public void An_undecodable_byte_is_an_ingest_diagnostic_at_its_line_and_json_keeps_today_s_line()
    {
        var text = "生态环境部部长：工作报告\n一、过去一年的工作\n我们坚持稳中求进。\n这一行有坏字节：\n二、今年的任务\n（一）推进污染防治。正文。\n";
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var line4 = Encoding.UTF8.GetByteCount(string.Join("\n", text.Split('\n')[..3]) + "\n");
        bytes.Insert(line4, 0xFF);

        var briefing = Stages.Extract(ReportReader.Read([.. bytes]));

        var d = Assert.Single(briefing.Diagnostics, d => d.Kind == DiagnosticKinds.UndecodableBytes);
        Assert.Equal((DiagnosticStage.Ingest, "EB102", 4), (d.Stage, d.Code, d.Line));
        using var json = JsonDocument.Parse(BriefingJson.Serialize(briefing));
        Assert.Contains("1 undecodable byte sequence(s) replaced with U+FFFD, the first on line 4 (neither valid UTF-8 nor GB18030)", json.RootElement.GetProperty("warnings").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Control_characters_are_an_ingest_diagnostic()
    {
        var d = Assert.Single(ReportReader.Clean("一、回顾\n正文\u0007。").Diagnostics);
        Assert.Equal((DiagnosticStage.Ingest, "EB104", 0), (d.Stage, d.Code, d.Line));
    }

    [Fact]
    public void A_numbering_gap_is_an_outline_diagnostic_at_the_heading_s_line()
    {
        var outline = OutlineBuilder.Build(ReportReader.Clean("一、回顾\n（一）第一项。\n（三）第三项。"));
        var d = Assert.Single(outline.Diagnostics);
        Assert.Equal((DiagnosticStage.Outline, "EB201", 3), (d.Stage, d.Code, d.Line));
        Assert.Equal("line 3: numbering goes from （一） to （三）", d.Text);
    }

    [Fact]
    public void What_extraction_misses_is_an_extraction_diagnostic_after_those_of_the_earlier_stages()
    {
        var briefing = Stages.Extract(ReportReader.Clean("一、回顾\n（一）第一项。\n（三）第三项。\n正文\u0007。"));
        var stages = briefing.Diagnostics.Select(d => d.Stage).ToList();
        Assert.Equal([DiagnosticStage.Ingest, DiagnosticStage.Outline], stages[..2]);
        Assert.Equal(stages.Order(), stages);
        Assert.Contains(briefing.Diagnostics, d => d.Code == "EB301" && d.Stage == DiagnosticStage.Extraction);
        Assert.Contains(briefing.Diagnostics, d => d.Code == "EB304");
    }

    [Fact]
    public void A_review_with_no_achievements_is_an_extraction_diagnostic_at_its_heading_s_line()
    {
        var briefing = Stages.Extract(ReportReader.Clean("工作报告\n一、过去一年工作回顾\n过去一年很不平凡。\n二、今年的工作安排\n（一）推进污染防治。正文。\n（二）推进生态保护。正文。"));
        var d = Assert.Single(briefing.Diagnostics, d => d.Kind == DiagnosticKinds.NoAchievements);
        Assert.Equal((DiagnosticStage.Extraction, "EB302", 2), (d.Stage, d.Code, d.Line));
        Assert.Equal("line 2: no achievements found in the review section", d.Text);
    }

    [Fact]
    public void A_missing_glyph_is_a_writer_diagnostic_with_its_file_name_in_a_publication()
    {
        var odd = Briefings.Seed with { Meta = Briefings.Seed.Meta with { Title = "生态环境\U0010FFFD报告" } };
        var result = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(odd, "summary", "x.txt"));
        var d = Assert.Single(result.Diagnostics, d => d.Message.Contains("U+10FFFD", StringComparison.Ordinal));
        Assert.Equal((DiagnosticStage.Writer, "EB401", null), (d.Stage, d.Code, d.File));

        var publisher = new EcoBrief.Pipeline.BuildPipeline(OutputFormats.Registry(), EcoBrief.Templating.TemplateEvaluator.BuiltIn);
        var set = EcoBrief.Publishing.OutputSet.Parse("summary.pdf", publisher.ReportTemplates, publisher.Writers, EcoBrief.Build.ReportPublisher.DataFile, out _);
        var published = Assert.Single(publisher.Publish(odd, "x.txt", set).Diagnostics, d => d.Code == "EB401");
        Assert.Equal("summary.pdf", published.File);
        Assert.StartsWith("summary.pdf: no font has U+10FFFD", published.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_xml_forbids_are_a_docx_writer_diagnostic()
    {
        var odd = Briefings.Seed with { Meta = Briefings.Seed.Meta with { Title = "生态环境\uFFFF报告" } };
        var diagnostics = new List<Diagnostic>();
        EcoBrief.Docx.DocxWriter.Write(DocumentBuilder.BuiltIn.Build(odd, "handout", "x.txt"), null, diagnostics);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticStage.Writer, "EB411"), (d.Stage, d.Code));
        Assert.Matches("^left out [0-9]+ character\\(s\\) that XML 1.0 does not allow: U\\+FFFF$", d.Text);
    }

    [Fact]
    public void The_cli_prints_a_diagnostic_on_one_line_with_its_subject_and_escapes_control_characters()
    {
        var d = DiagnosticKinds.NumberingGap.At(3, "numbering goes from （一） to （三）");
        Assert.Equal("ecobrief: warning: 2024-report: line 3: numbering goes from （一） to （三）", DiagnosticLines.Format(d, "2024-report"));
        Assert.Equal("ecobrief: warning: line 3: numbering goes from （一） to （三）", DiagnosticLines.Format(d));
        Assert.DoesNotContain('\u001b', DiagnosticLines.Format(d, "evil\u001b[2Jname"));
    }

    [Fact]
    public void The_cli_prints_at_most_the_limit_then_how_many_more()
    {
        var all = Enumerable.Range(1, 5).Select(i => DiagnosticKinds.NumberingGap.At(i, "gap")).ToList();
        using var err = new StringWriter { NewLine = "\n" };
        DiagnosticLines.Print(err, all, "r", limit: 2);
        Assert.Equal("ecobrief: warning: r: line 1: gap\necobrief: warning: r: line 2: gap\necobrief: warning: r: 3 more warning(s); --verbose shows them all\n", err.ToString());
    }
}
