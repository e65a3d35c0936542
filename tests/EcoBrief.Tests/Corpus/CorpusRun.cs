using System.Text;
using System.Text.Json;
using EcoBrief.Pipeline;

namespace EcoBrief.Tests.Corpus;

/// <summary>
/// Extracts every keyed corpus report in process and scores it: the per-report table and the macro
/// totals that the accuracy tests hold to their floors and <c>EcoBrief.Benchmarks corpus</c> prints.
/// </summary>
internal sealed class CorpusRun
{
    /// <summary>Reports are read as every verb reads them.</summary>
    private static readonly BuildPipeline Reader = new();

    private CorpusRun(List<(string Source, CorpusScorer.Score Score)> reports) => Reports = reports;

    public IReadOnlyList<(string Source, CorpusScorer.Score Score)> Reports { get; }

    public static CorpusRun Score(string goldDirectory, string textDirectory)
    {
        var reports = new List<(string, CorpusScorer.Score)>();
        foreach (var file in Directory.GetFiles(goldDirectory, "*.gold.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(file));
            var source = gold.RootElement.GetProperty("source").GetString()!;
            var briefing = Reader.Extract(ReportInput.Load(Path.Combine(textDirectory, source))).Briefing;
            reports.Add((source, CorpusScorer.Evaluate(gold.RootElement, briefing)));
        }

        return new CorpusRun(reports);
    }

    public double F1(string category) => Reports.Average(r => r.Score.Categories[category].F1);

    public double FigureRecall => Reports.Average(r => r.Score.FigureRecall);

    public double Cards => Reports.Average(r => r.Score.Cards);

    public double Shown => Reports.Average(r => r.Score.Shown);

    public double Meta => Reports.Average(r => r.Score.Meta);

    public int LeakingReports => Reports.Count(r => r.Score.Leaks.Count > 0);

    public string Totals() =>
        $"docs {Reports.Count} | F1 ach {F1("achievements"):0.00} cha {F1("challenges"):0.00} task {F1("tasks"):0.00} | figs R {FigureRecall:0.00} | cards P@6 {Cards:0.00} shown {Shown:0.00} | meta {Meta:0.00} | leaking docs {LeakingReports}";

    /// <summary>The per-report table, the totals last; with <paramref name="verbose"/> every missed and spurious item.</summary>
    public string Table(bool verbose)
    {
        var sb = new StringBuilder();
        foreach (var (source, score) in Reports)
        {
            sb.Append(source).Append(": ").AppendLine(score.Line());
            if (!verbose)
            {
                continue;
            }

            foreach (var (name, c) in score.Categories)
            {
                if (c.Missed.Count > 0)
                {
                    sb.AppendLine($"   missed {name}: {string.Join(" | ", c.Missed)}");
                }

                if (c.Spurious.Count > 0 && c.Precision < 1)
                {
                    sb.AppendLine($"   spurious {name}: {string.Join(" | ", c.Spurious)}");
                }
            }

            if (score.MissedFigures.Count > 0)
            {
                sb.AppendLine($"   missed figures: {string.Join(" | ", score.MissedFigures)}");
            }

            if (score.Shown < 1 && score.CardLines.Count > 0)
            {
                sb.AppendLine($"   cards: {string.Join(" | ", score.CardLines)}");
            }

            if (score.Leaks.Count > 0)
            {
                sb.AppendLine($"   leaks: {string.Join(" | ", score.Leaks)}");
            }
        }

        return sb.Append(Totals()).AppendLine().ToString();
    }
}
