using EcoBrief.Diagnostics;

namespace EcoBrief.Cli.Building;

/// <summary>Everything one report builds into, in memory: files by name, and what to report about it.</summary>
/// <param name="Pages">The page count of each template's PDF that was built, in build order.</param>
internal sealed record PublishedReport(
    string Source,
    string Name,
    IReadOnlyList<(string FileName, byte[] Bytes)> Files,
    int Items,
    int Figures,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<int> Pages,
    TimeSpan Elapsed)
{
    /// <summary>Its row in the overview of a build of many reports.</summary>
    public OverviewRow? Overview { get; init; }
}

/// <summary>What is said about a report once its files are written or compared: no bytes.</summary>
internal sealed record ReportOutcome(PublishedReport Report, int Size, string State, IReadOnlyList<StaleFile> Stale)
{
    /// <summary>How many of its files a build wrote or removed (0: it was up to date).</summary>
    public int Changed { get; init; }
}
