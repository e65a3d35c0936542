using System.Globalization;
using System.Text.Json;
using EcoBrief.Comparison;
using EcoBrief.Tests.Support;
using Xunit.Abstractions;

namespace EcoBrief.Tests.Comparison;

/// <summary>
/// The task matching against hand-labelled pairs (<c>TestFiles/compare/task-pairs.json</c>): six
/// consecutive pairs of State Council reports, three used to choose the threshold and the weights,
/// three held out. The numbers are in the README.
/// </summary>
public sealed class TaskMatchingAccuracyTests(ITestOutputHelper output)
{
    private sealed record Labelled(string Old, string New, bool Tuning, List<(string Old, string New)> Pairs);

    private static List<Labelled> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestPaths.TestFile("compare", "task-pairs.json")));
        return [.. json.RootElement.GetProperty("reports").EnumerateArray().Select(r => new Labelled(
            r.GetProperty("old").GetString()!,
            r.GetProperty("new").GetString()!,
            r.GetProperty("tuning").GetBoolean(),
            [.. r.GetProperty("pairs").EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!))]))];
    }

    [Fact]
    public void Task_pairs_match_the_hand_labelled_ones_with_precision_and_recall_of_at_least_0_9()
    {
        var totals = new Dictionary<bool, (int Tp, int Fp, int Fn)> { [true] = (0, 0, 0), [false] = (0, 0, 0) };
        foreach (var labelled in Load())
        {
            var old = CorpusReports.Get(labelled.Old);
            var @new = CorpusReports.Get(labelled.New);
            // Every label names one task of each report: a label that no longer names one is a broken key, not a miss.
            foreach (var (o, n) in labelled.Pairs)
            {
                Assert.Single(old.Briefing.Tasks, t => t.Title.StartsWith(o, StringComparison.Ordinal));
                Assert.Single(@new.Briefing.Tasks, t => t.Title.StartsWith(n, StringComparison.Ordinal));
            }

            var pairs = BriefingComparer.Compare(old, @new).Tasks.Pairs;
            bool Labelled(ItemPair p) => labelled.Pairs.Any(l => p.Old.Title.StartsWith(l.Old, StringComparison.Ordinal) && p.New.Title.StartsWith(l.New, StringComparison.Ordinal));
            var tp = pairs.Count(Labelled);
            var fp = pairs.Count - tp;
            var fn = labelled.Pairs.Count - tp;
            var t = totals[labelled.Tuning];
            totals[labelled.Tuning] = (t.Tp + tp, t.Fp + fp, t.Fn + fn);
            output.WriteLine($"{labelled.Old[..4]}→{labelled.New[..4]}{(labelled.Tuning ? " (tuning)" : " (held out)")}: {tp} right, {fp} wrong, {fn} missed");
            foreach (var p in pairs.Where(p => !Labelled(p)))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrong  {p.Score:0.000} {p.Old.Title} = {p.New.Title}"));
            }
        }

        var all = (Tp: totals[true].Tp + totals[false].Tp, Fp: totals[true].Fp + totals[false].Fp, Fn: totals[true].Fn + totals[false].Fn);
        foreach (var (name, (tp, fp, fn)) in new[] { ("tuning", totals[true]), ("held out", totals[false]), ("all", all) })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: precision {Precision(tp, fp):0.00}, recall {Recall(tp, fn):0.00} ({tp + fn} labelled pairs)"));
        }

        Assert.True(Precision(all.Tp, all.Fp) >= 0.9, $"precision {Precision(all.Tp, all.Fp):0.00}");
        Assert.True(Recall(all.Tp, all.Fn) >= 0.9, $"recall {Recall(all.Tp, all.Fn):0.00}");
        Assert.True(Recall(totals[false].Tp, totals[false].Fn) >= 0.9 && Precision(totals[false].Tp, totals[false].Fp) >= 0.9, "held-out pairs");
    }

    private static double Precision(int tp, int fp) => tp + fp == 0 ? 1 : (double)tp / (tp + fp);

    private static double Recall(int tp, int fn) => tp + fn == 0 ? 1 : (double)tp / (tp + fn);
}
