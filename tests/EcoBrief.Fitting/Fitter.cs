using System.Globalization;
using System.Text;
using EcoBrief.Extraction;
using EcoBrief.Extraction.Scoring;
using EcoBrief.Ingest;
using EcoBrief.Outline;
using EcoBrief.Tests.Corpus;

namespace EcoBrief.Fitting;

/// <summary>
/// Fits the weights of one decision of the extraction on the tuning keys: runs the engine on every
/// keyed report with a <see cref="DecisionTrace"/>, labels each candidate by how well its items match
/// the keys (F1), and fits a <see cref="ConditionalLogit"/>; the penalty is chosen by ten-fold
/// cross-validation over reports and the choice is measured leaving one report out.
/// </summary>
internal static class Fitter
{
    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["Achievements"] = "achievements", ["Tasks"] = "tasks", ["Priorities"] = "priorities", ["Challenges"] = "challenges",
    };

    public static string RepositoryRoot(string from)
    {
        var root = from;
        while (!File.Exists(Path.Combine(root, "EcoBrief.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
        }

        return root;
    }

    public static string WeightsPath(string root, string model) => Path.Combine(root, "src", "EcoBrief", "Extraction", "Weights", model + ".tsv");

    public static FitResult Fit(string root, string model)
    {
        var reports = KeyedReport.TuningSet(root);
        var examples = new List<(string Report, TracedDecision Decision, double[] F1)>();
        int decisions = 0, withRight = 0, recalled = 0;
        foreach (var report in reports)
        {
            var trace = new DecisionTrace();
            BriefingExtractor.Extract(OutlineBuilder.Build(ReportReader.ReadFile(report.TextPath)), null, null, trace);
            foreach (var d in trace.Decisions.Where(d => d.Model == model))
            {
                var category = Categories[d.Context.Split(' ')[0]];
                var keys = report.Keys[category];
                if (keys.Count == 0)
                {
                    continue;
                }

                decisions++;
                var f1 = d.Candidates.Select(c => F1(c.Titles, keys)).ToArray();
                recalled += f1.Max() >= 0.8 ? 1 : 0;
                if (f1.Max() >= 0.5)
                {
                    withRight++;
                    examples.Add((report.Name, d, f1));
                }
            }
        }

        var names = examples.SelectMany(e => e.Decision.Candidates.SelectMany(c => c.Features.Values.Select(v => v.Name))).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var data = examples.Select(e => new ConditionalLogit.Example(
            e.Report,
            [.. e.Decision.Candidates.Select(c => c.Features.Values.Select(v => (index[v.Name], v.Value)).ToArray())],
            Target(e.F1), e.F1)).ToList();

        // The penalty by ten-fold cross-validation over reports, then leave-one-report-out for the one chosen.
        double[] grid = [0.001, 0.003, 0.01, 0.03, 0.1];
        var folds = reports.Select((r, i) => (r.Name, Fold: i % 10)).ToDictionary(x => x.Name, x => x.Fold, StringComparer.Ordinal);
        var l2 = grid.OrderByDescending(l => CrossValidated(data, names.Count, l, r => folds[r])).ThenBy(l => l).First();
        var (looChosen, looF1) = Evaluate(data, names.Count, l2, r => r);
        var weights = ConditionalLogit.Fit(data, names.Count, l2);
        var (fitChosen, fitF1) = Score(data, weights);

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Fitted by tests/EcoBrief.Fitting (dotnet run -c Release --project tests/EcoBrief.Fitting -- {model}); do not edit by hand.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Keys: {reports.Count} reports (corpus and population tune; never the sealed set). Decisions with keys: {decisions}; with a right candidate (F1 >= 0.5): {withRight}; candidate recall (a candidate with F1 >= 0.8): {(double)recalled / Math.Max(1, decisions):0.00}.");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Conditional logit, L2 {l2} (ten-fold cross-validation). Right candidate chosen: leave-one-report-out {looChosen:0.00} (mean F1 of the choice {looF1:0.00}); fitted on all {fitChosen:0.00} ({fitF1:0.00}).");
        for (var f = 0; f < names.Count; f++)
        {
            var w = Math.Round(weights[f], 4);
            if (w != 0)
            {
                sb.Append(names[f]).Append('\t').AppendLine(w.ToString("0.####", CultureInfo.InvariantCulture));
            }
        }

        return new FitResult(sb.ToString(), names.Count, names, data);
    }

    private static double[] Target(double[] f1)
    {
        var best = f1.Max();
        var right = f1.Select(x => x >= best - 1e-9 ? 1.0 : 0.0).ToArray();
        var n = right.Sum();
        return [.. right.Select(x => x / n)];
    }

    private static double CrossValidated(List<ConditionalLogit.Example> data, int features, double l2, Func<string, int> fold) => Evaluate(data, features, l2, r => fold(r).ToString(CultureInfo.InvariantCulture)).Chosen;

    private static (double Chosen, double F1) Evaluate(List<ConditionalLogit.Example> data, int features, double l2, Func<string, string> group)
    {
        var chosen = 0.0;
        var f1 = 0.0;
        foreach (var held in data.GroupBy(e => group(e.Report)))
        {
            var w = ConditionalLogit.Fit([.. data.Where(e => group(e.Report) != held.Key)], features, l2, iterations: 1000);
            var (c, f) = Score([.. held], w);
            chosen += c * held.Count();
            f1 += f * held.Count();
        }

        return (chosen / data.Count, f1 / data.Count);
    }

    // The share of decisions whose highest-scoring candidate is a right one, and the mean of its share of the target.
    private static (double Chosen, double F1) Score(List<ConditionalLogit.Example> held, double[] w)
    {
        var chosen = 0.0;
        var f1 = 0.0;
        foreach (var e in held)
        {
            var p = ConditionalLogit.Probabilities(e.Candidates, w);
            var top = Array.IndexOf(p, p.Max());
            chosen += e.Target[top] > 0 ? 1 : 0;
            f1 += e.F1[top];
        }

        return (chosen / Math.Max(1, held.Count), f1 / Math.Max(1, held.Count));
    }

    private static double F1(IReadOnlyList<string> titles, IReadOnlyList<string> keys)
    {
        var normalised = titles.Select(CorpusScorer.Norm).ToList();
        var used = new HashSet<int>();
        foreach (var key in keys.Select(CorpusScorer.Norm))
        {
            for (var i = 0; i < normalised.Count; i++)
            {
                if (!used.Contains(i) && normalised[i].Contains(key, StringComparison.Ordinal))
                {
                    used.Add(i);
                    break;
                }
            }
        }

        var p = titles.Count == 0 ? 0 : (double)used.Count / titles.Count;
        var r = (double)used.Count / keys.Count;
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
}

/// <summary>What a fit wrote, and the decisions it learnt from, to compare other weights on them.</summary>
internal sealed record FitResult(string Text, int Features, IReadOnlyList<string> Names, IReadOnlyList<ConditionalLogit.Example> Data)
{
    public string Compare(LinearModel other)
    {
        var w = Names.Select(other.Weight).ToArray();
        var chosen = Data.Count(e => e.Target[Array.IndexOf(ConditionalLogit.Probabilities(e.Candidates, w), ConditionalLogit.Probabilities(e.Candidates, w).Max())] > 0);
        return string.Create(CultureInfo.InvariantCulture, $"right candidate chosen {(double)chosen / Math.Max(1, Data.Count):0.00}");
    }
}
