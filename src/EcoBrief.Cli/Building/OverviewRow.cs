using EcoBrief.Comparison;
using EcoBrief.Model;

namespace EcoBrief.Cli.Building;

/// <summary>One report in the overview of a build (index.html, overview.csv): what it is, how much it holds, its key indicators.</summary>
/// <param name="Name">The report's folder inside the output folder.</param>
/// <param name="Files">The files built for it, in build order: the overview links to them.</param>
internal sealed record OverviewRow(string Name, BriefingMeta Meta, int Achievements, int Challenges, int Tasks, int Priorities, int Figures, KeyIndicators Indicators, IReadOnlyList<string> Files)
{
    public static OverviewRow Of(string name, Briefing b, IReadOnlyList<string> files) =>
        new(name, b.Meta, b.Achievements.Count, b.Challenges.Count, b.Tasks.Count, b.Priorities.Count, b.Figures.Count, KeyIndicators.Of(b), files);
}
