using System.Diagnostics;
using EcoBrief.Extraction;
using EcoBrief.Publishing;
using EcoBrief.Templating;

namespace EcoBrief.Cli.Building;

/// <summary>One report → all its outputs, in memory, through the engine's <see cref="Publisher"/>. Nothing touches the disk here, so a failure writes nothing.</summary>
internal static class ReportPublisher
{
    /// <summary>The publisher of a build: the registered writers, the templates of <c>--templates</c> (or the built-in ones), the preset.</summary>
    public static Publisher PublisherFor(BuildOptions options) =>
        // The built-in templates are parsed once per process; a user's folder once per report (it may change under a watch).
        new(OutputFormats.Registry(options.ReferenceDocx), options.TemplatesDirectory is null ? TemplateEvaluator.BuiltIn : new TemplateEvaluator(TemplateLoader.FromDirectory(options.TemplatesDirectory)), options.Preset);

    /// <summary>The files <paramref name="options"/> asks for, among the templates <paramref name="publisher"/> finds.</summary>
    public static OutputSet OutputsOf(Publisher publisher, BuildOptions options) =>
        OutputSet.Parse(options.Formats, publisher.ReportTemplates, publisher.Writers, OutputFormats.BriefingData, out _);

    /// <summary>
    /// Publishes every file <paramref name="options"/> asks for. With <paramref name="parallel"/> the
    /// report's templates are published at once (for a build of fewer reports than cores).
    /// </summary>
    public static PublishedReport Publish(string source, BuildOptions options, Action<string>? stage = null, bool parallel = false)
    {
        var watch = Stopwatch.StartNew();
        stage?.Invoke("extract");
        var briefing = BriefingExtractor.ExtractFile(source);
        // After reading: a directory, say, is refused as such first.
        var name = ReportFolder.RequireNameOf(source);
        var publisher = PublisherFor(options);
        var publication = publisher.Publish(briefing, Path.GetFileName(source), OutputsOf(publisher, options), stage, parallel);
        var files = publication.Files.Select(f => (f.FileName, f.Bytes)).ToList();
        var items = briefing.Achievements.Count + briefing.Challenges.Count + briefing.Tasks.Count + briefing.Priorities.Count;
        return new PublishedReport(source, name, files, items, briefing.Figures.Count, publication.Diagnostics, [.. publication.Pages.Select(p => p.Pages)], watch.Elapsed)
        {
            Overview = OverviewRow.Of(name, briefing, [.. files.Select(f => f.FileName)]),
        };
    }
}
