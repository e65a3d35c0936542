using EcoBrief.Diagnostics;
using EcoBrief.Writers.Overview;

namespace EcoBrief.Build;

/// <summary>Everything one report builds into, in memory: files by name, and what to report about it.</summary>
/// <param name="Source">The report as the user named it.</param>
/// <param name="Name">Its folder's name inside the output folder (<see cref="ReportFolder"/>).</param>
/// <param name="Files">Its files, by name, in the order of the output set.</param>
/// <param name="Items">Achievements, challenges, tasks and priorities together.</param>
/// <param name="Figures">How many figures it has.</param>
/// <param name="Diagnostics">The briefing's diagnostics, then each file's.</param>
/// <param name="Pages">The page count of each template's PDF that was built, in build order.</param>
/// <param name="Elapsed">How long it took to publish.</param>
public sealed record PublishedReport(
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
public sealed record ReportOutcome(PublishedReport Report, int Size, string State, IReadOnlyList<StaleFile> Stale)
{
    /// <summary>How many of its files a build wrote or removed (0: it was up to date).</summary>
    public int Changed { get; init; }
}
