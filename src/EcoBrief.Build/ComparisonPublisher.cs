using EcoBrief.Comparison;
using EcoBrief.Pipeline;
using EcoBrief.Publishing;

namespace EcoBrief.Build;

/// <summary>
/// A comparison → its files, in memory, through the engine's <see cref="BuildPipeline"/> (for
/// <c>compare</c> and for the pairs a build compares).
/// </summary>
public static class ComparisonPublisher
{
    /// <summary>The comparison's template, reserved for this verb (<see cref="TemplateCatalog.VerbTemplates"/>).</summary>
    public const string Template = "compare";

    /// <summary>The name of a comparison's data file.</summary>
    public const string DataFile = "compare.json";

    /// <summary>Every file a comparison can have through <paramref name="writers"/>, in the order they are written.</summary>
    public static IReadOnlyList<string> All(WriterRegistry writers) => OutputSet.Everything([Template], writers, DataFile).FileNames;

    /// <summary>The comparison's files a comma-separated <c>--formats</c> list names; the words it does not know go to <paramref name="unknown"/>.</summary>
    public static OutputSet Parse(string formats, WriterRegistry writers, out IReadOnlyList<string> unknown) =>
        OutputSet.Parse(formats, [Template], writers, DataFile, out unknown);

    /// <summary>All the files of a comparison <paramref name="options"/> asks for.</summary>
    public static Publication Publish(BriefingComparison comparison, BuildOptions options) =>
        ReportPublisher.PipelineFor(options).Publish(comparison, Parse(options.Formats, options.Writers, out _), Template);

    /// <summary>
    /// A build's options as a comparison's: each kind of file the build writes for a report
    /// (summary.pdf, handout.docx, briefing.json…) asks for the comparison's file of that kind
    /// (compare.pdf, compare.docx, compare.json…).
    /// </summary>
    public static ComparisonOutputs ForComparisons(BuildOptions build)
    {
        var pipeline = ReportPublisher.PipelineFor(build);
        var all = All(build.Writers);
        var files = ReportPublisher.OutputsOf(pipeline, build).FileNames
            .Select(f => Template + Path.GetExtension(f))
            .Where(f => all.Contains(f, StringComparer.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        return new ComparisonOutputs(build with { Formats = string.Join(",", all.Where(files.Contains)) }, files);
    }

    /// <summary>The files of one pair of a build, published from the two report files.</summary>
    public static Publication Publish(ComparisonPair pair, ComparisonOutputs outputs)
    {
        var (old, @new) = (ReportInput.Load(pair.Old), ReportInput.Load(pair.New));
        var pipeline = ReportPublisher.PipelineFor(outputs.Options);
        var comparison = BuildPipeline.Compare(pipeline.Extract(old), pipeline.Extract(@new));
        return pipeline.Publish(comparison, Parse(outputs.Options.Formats, outputs.Options.Writers, out _), Template);
    }

    /// <summary>Which files of one pair's comparison differ from what is in <paramref name="dir"/>.</summary>
    public static List<StaleFile> Stale(string dir, Publication output) =>
        OutputComparer.Stale(dir, output.Files.Select(f => (f.FileName, f.Bytes)));
}

/// <summary>What a build's comparisons are published with, and the file names they write.</summary>
public sealed record ComparisonOutputs(BuildOptions Options, IReadOnlySet<string> Files);
