using System.Diagnostics;
using EcoBrief.Pipeline;
using EcoBrief.Publishing;
using EcoBrief.Templating;
using EcoBrief.Writers.Overview;

namespace EcoBrief.Build;

/// <summary>One report → all its outputs, in memory, through the engine's <see cref="BuildPipeline"/>. Nothing is written here, so a failure writes nothing.</summary>
public static class ReportPublisher
{
    /// <summary>The name of a report's data file.</summary>
    public const string DataFile = "briefing.json";

    /// <summary>The pipeline of a build: the registered writers, the templates of <c>--templates</c> (or the built-in ones), the preset.</summary>
    public static BuildPipeline PipelineFor(BuildOptions options) =>
        // The built-in templates are parsed once per process; a user's folder once per report (it may change under a watch).
        new(options.Writers, options.TemplatesDirectory is null ? TemplateEvaluator.BuiltIn : new TemplateEvaluator(TemplateLoader.FromDirectory(options.TemplatesDirectory)), options.Preset);

    /// <summary>The files <paramref name="options"/> asks for, among the templates <paramref name="pipeline"/> finds.</summary>
    public static OutputSet OutputsOf(BuildPipeline pipeline, BuildOptions options) =>
        OutputSet.Parse(options.Formats, pipeline.ReportTemplates, pipeline.Writers, DataFile, out _);

    /// <summary>
    /// Publishes every file <paramref name="options"/> asks for. With <paramref name="parallel"/> the
    /// report's templates are published at once (for a build of fewer reports than cores).
    /// </summary>
    public static PublishedReport Publish(string source, BuildOptions options, Action<string>? stage = null, bool parallel = false)
    {
        var watch = Stopwatch.StartNew();
        stage?.Invoke("extract");
        // The source first: a missing report is named before a missing templates folder.
        var input = ReportInput.Load(source);
        var pipeline = PipelineFor(options);
        var report = pipeline.Extract(input);
        // After reading: a directory, say, is refused as such first.
        var name = ReportFolder.RequireNameOf(source);
        var briefing = report.Briefing;
        var publication = pipeline.Publish(report, OutputsOf(pipeline, options), stage, parallel);
        var files = publication.Files.Select(f => (f.FileName, f.Bytes)).ToList();
        var items = briefing.Achievements.Count + briefing.Challenges.Count + briefing.Tasks.Count + briefing.Priorities.Count;
        return new PublishedReport(source, name, files, items, briefing.Figures.Count, publication.Diagnostics, [.. publication.Pages.Select(p => p.Pages)], watch.Elapsed)
        {
            Overview = OverviewRow.Of(name, briefing, [.. files.Select(f => f.FileName)]),
        };
    }
}
