namespace EcoBrief.Build;

/// <summary>What a check found: each report's outcome or failure, and every file that is not what a build would write now.</summary>
/// <param name="Reports">Each report, compared or failed, in the order of the sources.</param>
/// <param name="Stale">The files that differ, are missing, or are a killed build's leftovers (none when a report failed: nothing else is compared then).</param>
public sealed record CheckResult(IReadOnlyList<ReportResult<ReportOutcome>> Reports, IReadOnlyList<StaleFile> Stale)
{
    public bool Failed => Reports.Any(r => r.Failed);
}
