using EcoBrief.Writers.Overview;

namespace EcoBrief.Build;

/// <summary>
/// A build of many reports into one output folder: what <c>build</c> and <c>check</c> run. Each report
/// is published in memory and, on the thread that published it, written as a set — only the files
/// whose bytes changed — or compared with what is on disk; then, when more than one report was given
/// and every one built, their overview; then the pairs compared. A report that fails fails alone. The
/// caller shows the progress and the results.
/// </summary>
/// <param name="options">What is built, from what, into which folder.</param>
public sealed class Builder(BuildOptions options)
{
    public BuildOptions Options => options;

    /// <summary>Builds every source, the overview and the comparisons of <paramref name="pairs"/>.</summary>
    /// <param name="sources">The reports.</param>
    /// <param name="pairs">The pairs to compare (none unless the build writes a kind a comparison has).</param>
    /// <param name="jobs">Reports built at once.</param>
    /// <param name="force">Write every file, even when its bytes are unchanged.</param>
    /// <param name="stage">Told each report's stage as it starts, on the thread that publishes it.</param>
    /// <param name="written">Told each report once its files are written, on the thread that wrote them.</param>
    /// <param name="cancel">Stops the build between files; nothing is left half-written.</param>
    public BuildResult Build(
        IReadOnlyList<string> sources, IReadOnlyList<ComparisonPair> pairs, int jobs, bool force,
        Action<string, string>? stage = null, Action<ReportOutcome>? written = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(pairs);
        var reports = BuildRunner.PublishAll(sources, options, jobs, stage, report =>
        {
            var outcome = ReportWriter.Write(report, options.OutputRoot, force);
            written?.Invoke(outcome);
            return outcome;
        }, cancel);

        var comparisons = ComparisonPublisher.ForComparisons(options);
        var compared = comparisons.Files.Count == 0 ? [] : pairs;
        var failed = reports.Count(r => r.Failed);
        IReadOnlyList<string> overview = [];
        if (sources.Count > 1 && failed == 0)
        {
            // The overview of many reports, written like a report's files: only when its bytes change.
            var rows = reports.Select(r => r.Result!.Report.Overview!);
            overview = ReportWriter.WriteOverview(options.OutputRoot, ReportPublisher.PipelineFor(options).Publish(Overview(rows, compared, comparisons)), force);
        }

        // The comparisons of the pairs file, each written like a report's files: as a set, only what changed.
        var results = new List<ReportResult<ComparisonOutcome>>();
        foreach (var pair in compared)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                results.Add(new(pair.Label, ReportWriter.WriteComparison(pair, comparisons, options.OutputRoot, force), null, null));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results.Add(BuildRunner.Failure<ComparisonOutcome>(pair.Label, e));
            }
        }

        return new BuildResult(reports, overview, OverviewLeftAsItWas: sources.Count > 1 && failed > 0, results);
    }

    /// <summary>
    /// Publishes every source, the overview and the comparisons of <paramref name="pairs"/> in memory
    /// and lists each file on disk that is not what <see cref="Build"/> would write now. When a report
    /// fails, nothing else is compared.
    /// </summary>
    /// <exception cref="Diagnostics.UserErrorException">A pair's report cannot be read.</exception>
    public CheckResult Check(IReadOnlyList<string> sources, IReadOnlyList<ComparisonPair> pairs, int jobs, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(pairs);
        var reports = BuildRunner.PublishAll(sources, options, jobs, null,
            doc => new ReportOutcome(doc with { Files = [] }, doc.Files.Sum(f => f.Bytes.Length), string.Empty, OutputComparer.Stale(doc, options.OutputRoot)), cancel);
        if (reports.Any(r => r.Failed))
        {
            return new CheckResult(reports, []);
        }

        var stale = reports.SelectMany(r => r.Result!.Stale).ToList();
        var comparisons = ComparisonPublisher.ForComparisons(options);
        var compared = comparisons.Files.Count == 0 ? [] : pairs;
        if (sources.Count > 1)
        {
            // A build of many reports writes their overview too: it must be what a build would write now.
            var overview = ReportPublisher.PipelineFor(options).Publish(Overview(reports.Select(r => r.Result!.Report.Overview!), compared, comparisons));
            stale.AddRange(OutputComparer.Stale(options.OutputRoot, overview.Select(f => (f.FileName, f.Bytes))));
        }

        // The comparisons a build of the same pairs would write.
        foreach (var pair in compared)
        {
            stale.AddRange(ComparisonPublisher.Stale(pair.FolderIn(options.OutputRoot), ComparisonPublisher.Publish(pair, comparisons)));
        }

        return new CheckResult(reports, stale);
    }

    /// <summary>The overview of a build: a row per report, and a link to each comparison's files.</summary>
    private static BuildOverview Overview(IEnumerable<OverviewRow> rows, IEnumerable<ComparisonPair> compared, ComparisonOutputs comparisons) =>
        new([.. rows], [.. compared.Select(p => new OverviewComparison([ComparisonPairs.Folder, p.Name], ReportFolder.NameOf(p.Old)!, ReportFolder.NameOf(p.New)!, comparisons.Files))]);
}
