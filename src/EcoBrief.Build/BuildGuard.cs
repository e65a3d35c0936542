using EcoBrief.Extraction;
using EcoBrief.IO;
using EcoBrief.Publishing;

namespace EcoBrief.Build;

/// <summary>
/// The <see cref="OutputGuard"/> of each verb that writes: what it reads (every source and its
/// corrections sidecar, the templates folder, the reference document, the pairs file and the reports it
/// names), and for <c>build</c> every path it is about to write, checked before the first report is read.
/// </summary>
public static class BuildGuard
{
    /// <summary>A guard of the inputs of a run of <paramref name="sources"/>: they and their sidecars, the templates (and <paramref name="templatesRead"/>, the files a template included), the reference document, the pairs file.</summary>
    public static OutputGuard Inputs(IEnumerable<string> sources, string? templates, string? referenceDocx = null, string? pairsFile = null, IEnumerable<string>? templatesRead = null)
    {
        var guard = new OutputGuard();
        foreach (var source in sources)
        {
            guard.AddFile(source, "the source").AddFile(ExtractionCorrections.SidecarOf(source), "the corrections file");
        }

        if (templates is not null)
        {
            guard.AddTemplates(templates);
        }

        foreach (var template in templatesRead ?? [])
        {
            guard.AddFile(template, "a template or partial");
        }

        if (referenceDocx is not null)
        {
            guard.AddFile(referenceDocx, "the reference document");
        }

        if (pairsFile is not null)
        {
            guard.AddFile(pairsFile, "the pairs file");
        }

        return guard;
    }

    /// <summary>
    /// Refuses a build that would write over one of its inputs: every report's files (and the
    /// temporaries a killed build left in its folder, which it removes), the overview, and the
    /// comparisons of <paramref name="pairs"/>, against the sources, their sidecars, the templates,
    /// the reference document, the pairs file and its reports.
    /// </summary>
    /// <exception cref="OutputRefusedException">The first output that is an input, by real path.</exception>
    public static void CheckBuild(IReadOnlyList<string> sources, BuildOptions options, string? referenceDocx, string? pairsFile, IReadOnlyList<ComparisonPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pairs);
        var guard = Inputs(sources.Concat(pairs.SelectMany(p => new[] { p.Old, p.New })), options.TemplatesDirectory, referenceDocx, pairsFile);
        IReadOnlyList<string> files;
        ComparisonOutputs comparisons;
        try
        {
            files = ReportPublisher.OutputsOf(ReportPublisher.PipelineFor(options), options).FileNames;
            comparisons = ComparisonPublisher.ForComparisons(options);
        }
        catch (Templating.TemplateException)
        {
            // No templates, no output: each report fails with that error on its own.
            return;
        }

        foreach (var source in sources)
        {
            if (ReportFolder.NameOf(source) is { } name)
            {
                var dir = ReportFolder.In(options.OutputRoot, name);
                guard.CheckAll(files.Select(f => Path.Combine(dir, f)));
                guard.CheckAll(AtomicFile.Leftovers(dir));
            }
        }

        if (sources.Count > 1)
        {
            guard.CheckAll(WriterRegistry.OverviewFiles.Select(o => Path.Combine(options.OutputRoot, o.FileName)));
        }

        foreach (var pair in pairs)
        {
            guard.CheckAll(comparisons.Files.Select(f => Path.Combine(pair.FolderIn(options.OutputRoot), f)));
        }
    }
}
