using EcoBrief.Comparison;
using EcoBrief.Model;

namespace EcoBrief.Writers.Overview;

/// <summary>One report in the overview of a build (index.html, overview.csv): what it is, how much it holds, its key indicators.</summary>
/// <param name="Name">The report's folder inside the output folder.</param>
/// <param name="Meta">Its title, speaker, office and date.</param>
/// <param name="Achievements">How many achievements it has.</param>
/// <param name="Challenges">How many challenges.</param>
/// <param name="Tasks">How many tasks.</param>
/// <param name="Priorities">How many strategic priorities.</param>
/// <param name="Figures">How many figures.</param>
/// <param name="Indicators">The key indicators it states (GDP growth and target, PM2.5, good-air days).</param>
/// <param name="Files">The files built for it, in build order: the overview links to them.</param>
public sealed record OverviewRow(string Name, BriefingMeta Meta, int Achievements, int Challenges, int Tasks, int Priorities, int Figures, KeyIndicators Indicators, IReadOnlyList<string> Files)
{
    /// <summary>The files of a report the overview links, in this order, with the label of each.</summary>
    internal static readonly (string File, string Label)[] Links =
    [
        ("summary.pdf", "摘要"), ("handout.docx", "讲义"), ("briefing.json", "数据"), ("handout.pdf", "讲义PDF"),
        ("summary.html", "摘要HTML"), ("handout.html", "讲义HTML"), ("summary.docx", "摘要DOCX"), ("summary.md", "摘要MD"), ("handout.md", "讲义MD"),
    ];

    public static OverviewRow Of(string name, Briefing b, IReadOnlyList<string> files) =>
        new(name, b.Meta, b.Achievements.Count, b.Challenges.Count, b.Tasks.Count, b.Priorities.Count, b.Figures.Count, KeyIndicators.Of(b), files);
}
