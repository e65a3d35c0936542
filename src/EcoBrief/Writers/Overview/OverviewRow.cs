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

    /// <summary>The sections the extraction is unsure of, or found empty (主要成绩, 问题挑战, 重点任务): the overview flags them.</summary>
    public IReadOnlyList<string> Unsure { get; init; } = [];

    /// <summary>The year of the report: of the date it was given, else published, else the year its title or its name begins with; null when none says.</summary>
    public int? Year => YearOf(Meta.Delivered ?? Meta.Published) ?? YearOf(Meta.Title) ?? YearOf(Name);

    public static OverviewRow Of(string name, Briefing b, IReadOnlyList<string> files) =>
        new(name, b.Meta, b.Achievements.Count, b.Challenges.Count, b.Tasks.Count, b.Priorities.Count, b.Figures.Count, KeyIndicators.Of(b), files)
        {
            Unsure = [.. b.Confidence.UnsureSections()],
        };

    /// <summary>The levels of government in the overview's order: the State Council, the ministries, the provinces, the cities, then the unknown.</summary>
    private static readonly string[] Levels = ["国家", "部门", "省级", "市级"];

    /// <summary>
    /// The rows as the overview lists them: by level (国家, 部门, 省级, 市级, unknown last), then by region
    /// (by its characters' code points: stable on every machine, and every region's reports together),
    /// then by year, then by name.
    /// </summary>
    public static IReadOnlyList<OverviewRow> Sorted(IEnumerable<OverviewRow> rows) =>
        [.. rows.OrderBy(r => Array.IndexOf(Levels, r.Meta.Level) is var i and >= 0 ? i : Levels.Length)
            .ThenBy(r => r.Meta.Region is null ? 1 : 0)
            .ThenBy(r => r.Meta.Region ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(r => r.Year ?? int.MaxValue)
            .ThenBy(r => r.Name, StringComparer.Ordinal)];

    private static int? YearOf(string? text)
    {
        if (text is null || text.Length < 4)
        {
            return null;
        }

        var i = 0;
        while (i < 4 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i == 4 && int.Parse(text.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) is var y and >= 1949 and <= 2999 ? y : null;
    }
}
