namespace EcoBrief.Build;

/// <summary>What a build did: each report's outcome or failure (in the order of the sources), the overview, each pair's comparison.</summary>
/// <param name="Reports">Each report, written or failed.</param>
/// <param name="OverviewWritten">The paths of the overview's files that were written (none when they were up to date or not built).</param>
/// <param name="OverviewLeftAsItWas">True when a report failed, so the overview of many reports was left as it was.</param>
/// <param name="Comparisons">Each pair compared, written or failed (its source: <c>OLD -&gt; NEW</c>).</param>
public sealed record BuildResult(
    IReadOnlyList<ReportResult<ReportOutcome>> Reports,
    IReadOnlyList<string> OverviewWritten,
    bool OverviewLeftAsItWas,
    IReadOnlyList<ReportResult<ComparisonOutcome>> Comparisons)
{
    /// <summary>Reports and comparisons that failed.</summary>
    public int Failed => Reports.Count(r => r.Failed) + Comparisons.Count(c => c.Failed);

    /// <summary>Whether any file was written or removed.</summary>
    public bool Changed =>
        Reports.Any(r => r.Result is { Changed: > 0 }) || OverviewWritten.Count > 0 || Comparisons.Any(c => c.Result is { Changed: > 0 });
}
