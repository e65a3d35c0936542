using System.Text.RegularExpressions;
using EcoBrief.Corrections;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Pipeline;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Pipeline;

/// <summary>
/// One way from a report to its briefing and its files: stages take values, the corrections are a
/// stage of their own, and no command, no part of the application and no later stage builds a
/// briefing or a document another way, or opens a file.
/// </summary>
public sealed partial class BuildPipelineTests
{
    private const string Report = "一、2025年工作回顾\n（一）稳增长。实施一批项目。\n（二）促改革。推出一批举措。\n同时也要看到，还存在一些困难和问题。一是需求不足。二是风险较多。\n二、2026年重点工作\n（一）扩大内需。正文。\n（二）深化改革。正文。\n";

    private static ExtractionCorrections Corrections(string yaml) => CorrectionsReader.Read(yaml, "r.ecobrief.yml");

    [Fact]
    public void The_corrections_are_a_stage_after_extraction_whose_warnings_and_notes_come_last()
    {
        var pipeline = new BuildPipeline();
        var plain = pipeline.Extract(ReportInput.FromText("r.txt", Report)).Briefing;
        var explanation = new List<string>();
        var corrected = pipeline.Extract(ReportInput.FromText("r.txt", Report, Corrections("meta:\n  title: 某省政府工作报告\ndrop:\n  - 稳增长\n  - 没有这一项\n")), explanation).Briefing;

        Assert.Equal("某省政府工作报告", corrected.Meta.Title);
        Assert.Equal(plain.Achievements.Skip(1).Select(a => a.Title), corrected.Achievements.Select(a => a.Title));
        Assert.Equal([.. plain.Diagnostics.Select(d => d.Text), "r.ecobrief.yml: drop 「没有这一项」 matches no item"], corrected.Diagnostics.Select(d => d.Text));
        Assert.Equal("corrections: applied r.ecobrief.yml", explanation[^1]);
        // The stage alone, on the briefing extraction made: the same briefing.
        Assert.Equal(corrected.Meta, BriefingCorrector.Apply(plain, Corrections("meta:\n  title: 某省政府工作报告\n")).Meta);
    }

    [Fact]
    public void A_source_is_read_by_the_reader_of_its_format()
    {
        Assert.IsType<MarkdownReader>(SourceReaders.Default.For(ReportSource.FromText("report.md", Report)));
        Assert.IsType<PlainTextReader>(SourceReaders.Default.For(ReportSource.FromText("report.txt", Report)));
        var markdown = new BuildPipeline().Extract(ReportInput.FromText("report.md", "---\ntitle: 某省政府工作报告\n---\n\n" + Report));
        Assert.Equal(new BuildPipeline().Extract(ReportInput.FromText("report.txt", Report)).Briefing.Tasks.Select(t => t.Title), markdown.Briefing.Tasks.Select(t => t.Title));
        Assert.Equal("某省政府工作报告", markdown.Briefing.Meta.Title);
        Assert.Equal("report.md", markdown.Source);
    }

    [Fact]
    public void A_source_that_is_no_report_is_refused_naming_it()
    {
        var e = Assert.Throws<EcoBrief.Diagnostics.InputRejectedException>(() => new BuildPipeline().Extract(ReportInput.FromText("empty.txt", "\n \n")));
        Assert.StartsWith("empty.txt: ", e.Message, StringComparison.Ordinal);
        Assert.Equal("empty.txt", e.Subject);
    }

    /// <summary>What turns a report into a briefing or a document, stage by stage: only the pipeline calls these.</summary>
    [GeneratedRegex(@"\b(?<stage>BriefingExtractor|OutlineBuilder|SourceReaders\.Default|ReportReader\.(Read|Clean)|BriefingCorrector|DocumentBuilder|BriefingMarkdown\.Parse|BriefingComparer\.Compare)\b(\.\w+)?\(|\bnew DocumentBuilder\(|\.Evaluate\(")]
    private static partial Regex StageCall();

    [Fact]
    public void No_command_and_no_part_of_the_application_builds_a_briefing_or_a_document_but_through_the_pipeline()
    {
        var found = Sources("EcoBrief.Cli").Concat(Sources("EcoBrief.Build"))
            .SelectMany(s => StageCall().Matches(s.Text).Select(m => $"{s.Name}: {m.Value}")).ToList();
        Assert.Empty(found);
        // And the test sees a call when there is one.
        Assert.Matches(StageCall(), "var b = BriefingExtractor.Extract(outline);");
        Assert.Matches(StageCall(), "var d = new DocumentBuilder(templates).Build(b, t, n);");
        Assert.Empty(found);
    }

    [Fact]
    public void In_the_engine_only_the_pipeline_calls_the_stages_of_another_folder()
    {
        // Each stage may call itself; what calls one stage after another is the pipeline (and DocumentBuilder, its templating-to-document step).
        var owners = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BriefingExtractor"] = "Extraction/", ["OutlineBuilder"] = "Outline/", ["SourceReaders.Default"] = "Ingest/", ["ReportReader.Read"] = "Ingest/", ["ReportReader.Clean"] = "Ingest/",
            ["BriefingCorrector"] = "Corrections/", ["DocumentBuilder"] = "Publishing/", ["BriefingMarkdown.Parse"] = "Document/", ["BriefingComparer.Compare"] = "Comparison/",
        };
        var found = Sources("EcoBrief")
            .Where(s => !s.Name.StartsWith("Pipeline/", StringComparison.Ordinal) && s.Name != "Publishing/DocumentBuilder.cs")
            .SelectMany(s => StageCall().Matches(s.Text).Where(m => m.Groups["stage"].Success).Select(m => (s.Name, Stage: m.Groups["stage"].Value)))
            .Where(c => !c.Name.StartsWith(owners[c.Stage], StringComparison.Ordinal))
            .Select(c => $"{c.Name}: {c.Stage}").ToList();
        Assert.Empty(found);
    }

    /// <summary>Whatever reads from the disk in the engine: a file's or folder's API.</summary>
    [GeneratedRegex(@"\b(File|Directory|FileInfo|DirectoryInfo|RegularFile)\.|new (FileStream|FileInfo|DirectoryInfo)\b")]
    private static partial Regex FileAccess();

    [Fact]
    public void Nothing_after_ingest_opens_a_file_only_the_readers_of_inputs_do()
    {
        // A report and its sidecar (Ingest, CorrectionsReader.ForSource and CorrectionsFile, called by ReportInput.Load), the
        // templates (Templating), and the guarded reader they share (IO).
        // The fitting tool's weights file (Scoring/LinearModel.FittingDirectory, never set at run time) is read there too.
        string[] readers = ["IO/", "Ingest/ReportReader.cs", "Extraction/CorrectionsReader.cs", "Extraction/CorrectionsFile.cs", "Extraction/Scoring/LinearModel.cs", "Templating/TemplateLoader.cs"];
        var found = Sources("EcoBrief").Where(s => !readers.Any(r => s.Name.StartsWith(r, StringComparison.Ordinal)) && FileAccess().IsMatch(s.Text)).Select(s => s.Name).ToList();
        Assert.Empty(found);
    }

    private static IEnumerable<(string Name, string Text)> Sources(string project)
    {
        var root = Path.Combine(TestPaths.RepoRoot, "src", project);
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.StartsWith("bin/", StringComparison.Ordinal) && !p.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, Code(File.ReadAllText(Path.Combine(root, p)))));
    }

    /// <summary>The code of a source file, without its comments (a doc comment may name a stage).</summary>
    private static string Code(string text) => string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
}
