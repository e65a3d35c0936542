using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EcoBrief.Model;
using EcoBrief.Serialization;

namespace EcoBrief.Tests.Corpus;

/// <summary>
/// Scores a briefing against an answer key with the matching rule of <c>shared/tools/score_extraction.py</c>
/// (the corpus's ANSWER-KEYS.md): both sides normalised (NFKC, white space and punctuation dropped), a
/// key matches one item whose title contains it, greedily and one to one; priorities among the tasks
/// count neither way; a figure matches on label substring, value and unit.
/// </summary>
internal static partial class CorpusScorer
{
    [GeneratedRegex(@"[\s\u3000\u00a0,，.。、;；:：!！?？“”""'‘’()（）《》〈〉【】\[\]<>—\-_·…/|]+")]
    private static partial Regex Punctuation();

    public static string Norm(string? s) => Punctuation().Replace((s ?? string.Empty).Normalize(NormalizationForm.FormKC), string.Empty);

    private static string UnitNorm(string u) => Norm(u).Replace("％", "%", StringComparison.Ordinal).Replace("每", string.Empty, StringComparison.Ordinal);

    /// <summary>A key's figure matches a figure whose label contains the key's, with the same value and unit.</summary>
    public static bool SameFigure((string Label, double Value, string Unit) gold, string label, decimal value, string unit) =>
        Norm(label).Contains(Norm(gold.Label), StringComparison.Ordinal) && Math.Abs((double)value - gold.Value) < 1e-6 && UnitNorm(gold.Unit) == UnitNorm(unit);

    public static Score Evaluate(JsonElement gold, Briefing briefing)
    {
        var prio = gold.TryGetProperty("priorities_optional", out var p) && p.TryGetProperty("items", out var pi)
            ? pi.EnumerateArray().Select(k => k.GetProperty("key").GetString()!).ToList() : [];
        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var (name, items) in new[] { ("achievements", briefing.Achievements), ("challenges", briefing.Challenges), ("tasks", briefing.Tasks) })
        {
            var keys = gold.TryGetProperty(name, out var k) ? k.EnumerateArray().Select(e => e.GetProperty("key").GetString()!).ToList() : [];
            var titles = items.Select(i => i.Title).ToList();
            var (hits, used, missed) = Match(titles, keys);
            var neutral = 0;
            if (name == "tasks" && prio.Count > 0)
            {
                neutral = Match([.. titles.Where((_, i) => !used.Contains(i))], prio).Hits;
            }

            var denominator = Math.Max(titles.Count - neutral, 0);
            var precision = denominator > 0 ? (double)hits / denominator : keys.Count == 0 ? 1 : 0;
            var recall = keys.Count > 0 ? (double)hits / keys.Count : titles.Count == 0 ? 1 : 0;
            var matchedTitles = used.Select(i => titles[i]).ToHashSet(StringComparer.Ordinal);
            var spurious = titles.Where((t, i) => !used.Contains(i)).ToList();
            categories[name] = new Category(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0, missed, spurious);
        }

        var goldFigures = gold.GetProperty("figures").EnumerateArray().Select(f => (Label: f.GetProperty("label_contains").GetString()!, Value: f.GetProperty("value").GetDouble(), Unit: f.GetProperty("unit").GetString()!)).ToList();
        bool IsGold(KeyFigure f) => goldFigures.Exists(g => SameFigure(g, f.Label, f.Value, f.Unit));
        var missedFigures = goldFigures.Where(g => !briefing.Figures.Any(f => SameFigure(g, f.Label, f.Value, f.Unit))).Select(g => $"{g.Label}={g.Value.ToString(CultureInfo.InvariantCulture)}{g.Unit}").ToList();
        var top = briefing.Figures.Take(6).ToList();
        var cards = top.Count > 0 ? (double)top.Count(IsGold) / top.Count : 0;
        var figureRecall = goldFigures.Count > 0 ? (double)(goldFigures.Count - missedFigures.Count) / goldFigures.Count : 1;

        var json = BriefingJson.Serialize(briefing);
        var leaks = gold.TryGetProperty("must_not_appear", out var mna) ? mna.EnumerateArray().Select(e => e.GetString()!).Where(s => json.Contains(s, StringComparison.Ordinal)).ToList() : [];

        var checks = new List<bool>();
        var meta = gold.GetProperty("meta");
        if (meta.TryGetProperty("speaker", out var sp))
        {
            // A key's null speaker says the text names nobody: right when the engine finds nobody either.
            checks.Add((sp.ValueKind == JsonValueKind.Null ? string.Empty : sp.GetString()) == (briefing.Meta.Speaker ?? string.Empty));
        }

        if (meta.TryGetProperty("title_contains", out var tc) && tc.ValueKind == JsonValueKind.String)
        {
            checks.Add(Norm(briefing.Meta.Title).Contains(Norm(tc.GetString()), StringComparison.Ordinal));
        }

        if (meta.TryGetProperty("published", out var pu))
        {
            checks.Add((pu.ValueKind == JsonValueKind.Null ? string.Empty : pu.GetString()) == (briefing.Meta.Published ?? string.Empty));
        }

        // What the summary shows: the headline cards (one an indicator group, in the lexicon's order).
        var shown = EcoBrief.Comparison.HeadlineFigures.Of(briefing, 6);
        bool ShownGold(KeyFigureEntry e) => goldFigures.Exists(g => SameFigure(g, e.Indicator, e.Value, e.Unit));
        var cardLines = shown.Select(e => $"{(ShownGold(e) ? "+" : "-")}{e.Indicator}={e.Text}").ToList();
        return new Score(categories, figureRecall, cards, checks.Count > 0 ? (double)checks.Count(c => c) / checks.Count : 1, missedFigures, leaks)
        {
            CardLines = cardLines,
            Shown = shown.Count > 0 ? (double)shown.Count(ShownGold) / shown.Count : 0,
        };

    }

    private static (int Hits, HashSet<int> Used, List<string> Missed) Match(List<string> titles, List<string> keys)
    {
        var used = new HashSet<int>();
        var missed = new List<string>();
        var normalised = titles.Select(Norm).ToList();
        foreach (var key in keys)
        {
            var nk = Norm(key);
            var i = normalised.FindIndex(t => t.Contains(nk, StringComparison.Ordinal));
            while (i >= 0 && used.Contains(i))
            {
                var next = normalised.Skip(i + 1).ToList().FindIndex(t => t.Contains(nk, StringComparison.Ordinal));
                i = next < 0 ? -1 : i + 1 + next;
            }

            if (i >= 0)
            {
                used.Add(i);
            }
            else
            {
                missed.Add(key);
            }
        }

        return (used.Count, used, missed);
    }

    public sealed record Category(double Precision, double Recall, double F1, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious);

    public sealed record Score(IReadOnlyDictionary<string, Category> Categories, double FigureRecall, double Cards, double Meta, IReadOnlyList<string> MissedFigures, IReadOnlyList<string> Leaks)
    {
        /// <summary>The share of the cards the summary shows (<see cref="EcoBrief.Comparison.HeadlineFigures"/>, at most six) that are the key's figures.</summary>
        public double Shown { get; init; }

        /// <summary>The cards the summary shows, each marked + when it is one of the key's figures and - when not.</summary>
        public IReadOnlyList<string> CardLines { get; init; } = [];

        public string Line() =>
            string.Join(" ", Categories.Select(c => $"{c.Key[..4]} P{c.Value.Precision:0.00}/R{c.Value.Recall:0.00}")) +
            $" figs R{FigureRecall:0.00} cards {Cards:0.00} shown {Shown:0.00} meta {Meta:0.00} leaks {Leaks.Count}";
    }
}
