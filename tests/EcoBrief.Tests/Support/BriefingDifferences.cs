using System.Globalization;
using EcoBrief.Model;

namespace EcoBrief.Tests.Support;

/// <summary>
/// What two extractions of one report disagree on: items, figures, targets and meta, each difference one
/// line. White space is no difference: a PDF draws no space that falls at a line's end, and where a
/// source had one between two Chinese characters the page cannot show it.
/// </summary>
internal static class BriefingDifferences
{
    public static List<string> Between(Briefing expected, Briefing actual)
    {
        var differences = new List<string>();
        Items("achievement", expected.Achievements, actual.Achievements, differences);
        Items("challenge", expected.Challenges, actual.Challenges, differences);
        Items("task", expected.Tasks, actual.Tasks, differences);
        Items("priority", expected.Priorities, actual.Priorities, differences);
        Lines("figure", expected.Figures.Select(Figure), actual.Figures.Select(Figure), differences);
        Lines("target", expected.Targets.Select(t => $"{t.Label} {t.Text}"), actual.Targets.Select(t => $"{t.Label} {t.Text}"), differences);
        Lines("meta", Meta(expected.Meta), Meta(actual.Meta), differences);
        return differences;
    }

    /// <summary>The differences as a message: the first <paramref name="max"/> lines.</summary>
    public static string Describe(string what, List<string> differences, int max = 12) =>
        $"{what}: {differences.Count} difference(s)\n" + string.Join('\n', differences.Take(max));

    private static void Items(string kind, IReadOnlyList<BriefingItem> expected, IReadOnlyList<BriefingItem> actual, List<string> differences)
    {
        Lines(kind + " title", expected.Select(i => i.Title), actual.Select(i => i.Title), differences);
        Lines(kind + " summary", expected.Select(i => i.Summary), actual.Select(i => i.Summary), differences);
        Lines(kind + " points", expected.Select(i => string.Join(" | ", i.Points)), actual.Select(i => string.Join(" | ", i.Points)), differences);
    }

    private static string Figure(KeyFigure f) => string.Create(CultureInfo.InvariantCulture, $"{f.Label} = {f.Value} {f.Unit} [{f.Text}] {f.Change} {f.Period}");

    private static string[] Meta(BriefingMeta m) =>
        [$"title {m.Title}", $"speaker {m.Speaker}", $"role {m.Role}", $"occasion {m.Occasion}", $"published {m.Published}", $"publication {m.Publication}"];

    private static void Lines(string kind, IEnumerable<string> expected, IEnumerable<string> actual, List<string> differences)
    {
        var (e, a) = (expected.ToList(), actual.ToList());
        if (e.Count != a.Count)
        {
            differences.Add($"{kind}: {e.Count} expected, {a.Count} read");
        }

        for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
        {
            if (!string.Equals(Bare(e[i]), Bare(a[i]), StringComparison.Ordinal))
            {
                // From a little before the first character that differs.
                var at = Math.Max(0, e[i].Zip(a[i]).TakeWhile(p => p.First == p.Second).Count() - 30);
                differences.Add($"{kind} {i + 1}:\n  expected {Cut(e[i][Math.Min(at, e[i].Length)..])}\n  read     {Cut(a[i][Math.Min(at, a[i].Length)..])}");
            }
        }

        foreach (var extra in a.Skip(e.Count))
        {
            differences.Add($"{kind} extra: {Cut(extra)}");
        }

        foreach (var missing in e.Skip(a.Count))
        {
            differences.Add($"{kind} missing: {Cut(missing)}");
        }
    }

    private static string Bare(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static string Cut(string s) => s.Length > 120 ? s[..120] + "…" : s;
}
