using System.Text;
using EcoBrief.Extraction;

namespace EcoBrief.Tests.Corpus;

/// <summary>
/// Scores the engine's outline against the outline keys of one split: did it divide the text as the
/// key does, and, where it did, is each part's role the key's?
/// </summary>
internal static class OutlineRun
{
    /// <summary>One report's score: divided as its key, the parts, how many have the key's role, and a line per part.</summary>
    public sealed record Result(string Name, bool Divided, int Parts, int Right, IReadOnlyList<string> Lines);

    public static List<Result> Score(string dir) => [.. OutlineKey.Read(dir).Select(Score)];

    public static Result Score(OutlineKey key)
    {
        var trace = Traces.Of(key.TextPath);
        var sections = Traces.Parts(trace);
        var headings = sections.Select(Traces.Heading).ToList();
        if (key.Undivided)
        {
            // A text with no division of its own is right read as one part.
            return new Result(key.Name, sections.Count < 2, 0, 0, sections.Count < 2 ? [] : [$"  the key has no parts; the engine read {sections.Count}: {string.Join(" / ", headings)}"]);
        }

        if (!key.SameDivision(headings))
        {
            return new Result(key.Name, false, key.Parts.Count, 0,
                [$"  divided otherwise: key {key.Parts.Count} parts ({string.Join(" / ", key.Parts.Select(p => p.Heading))}); engine {headings.Count} ({string.Join(" / ", headings)})"]);
        }

        var tasks = SectionClassifier.Roles.Select((r, i) => (r.Role, i)).First(x => x.Role == SectionRole.Tasks).i;
        var chapters = sections.Count(d => d.Chosen == tasks) > 1;
        var lines = new List<string>();
        var right = 0;
        for (var i = 0; i < sections.Count; i++)
        {
            var role = SectionClassifier.Roles[sections[i].Chosen].Role;
            var engine = role == SectionRole.Tasks && chapters ? SectionRole.TaskChapter : role;
            var ok = OutlineKey.Roles[key.Parts[i].Role] == engine;
            right += ok ? 1 : 0;
            lines.Add($"  {(ok ? '+' : '-')} {key.Parts[i].Heading}: key {key.Parts[i].Role}, engine {engine} (p {sections[i].Probability:0.00})");
        }

        return new Result(key.Name, true, sections.Count, right, lines);
    }

    public static string Table(List<Result> results, bool verbose)
    {
        var sb = new StringBuilder();
        var divided = results.Where(r => r.Divided).ToList();
        var parts = divided.Sum(r => r.Parts);
        var right = divided.Sum(r => r.Right);
        foreach (var r in results.Where(r => verbose || !r.Divided || r.Right < r.Parts))
        {
            sb.AppendLine($"{r.Name}: {(r.Divided ? $"{r.Right}/{r.Parts} roles" : "divided otherwise")}");
            foreach (var line in r.Lines.Where(l => verbose || !l.StartsWith("  +", StringComparison.Ordinal)))
            {
                sb.AppendLine(line);
            }
        }

        sb.AppendLine($"outline: {results.Count} reports, divided as the key {divided.Count} ({Pct(divided.Count, results.Count)}); parts with the key's role {right}/{parts} ({Pct(right, parts)}); reports all right {divided.Count(r => r.Right == r.Parts)} ({Pct(divided.Count(r => r.Right == r.Parts), results.Count)})");
        return sb.ToString();
    }

    private static string Pct(int n, int of) => of == 0 ? "-" : $"{100.0 * n / of:0.0}%";
}
