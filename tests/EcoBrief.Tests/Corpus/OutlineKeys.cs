using System.Globalization;
using EcoBrief.Extraction;

namespace EcoBrief.Tests.Corpus;

/// <summary>One top-level part as an outline key names it: its place, its heading as written, its role.</summary>
internal sealed record OutlinePart(int Ordinal, string Heading, string Role);

/// <summary>
/// A report's outline key (population/outline/OUTLINE-KEYS.md): the role of each top-level part as the
/// text divides it, written from the text alone. The sections' weights are fitted on the tuning keys,
/// and the sealed ones measure the roles on reports nobody tuned to.
/// </summary>
internal sealed record OutlineKey(string Name, string TextPath, IReadOnlyList<OutlinePart> Parts)
{
    /// <summary>The roles a key may give, with the engine's role each stands for (a chapter is one of several parts of this year's work).</summary>
    public static readonly IReadOnlyDictionary<string, SectionRole> Roles = new Dictionary<string, SectionRole>(StringComparer.Ordinal)
    {
        ["review"] = SectionRole.Review, ["challenges"] = SectionRole.Challenges, ["between"] = SectionRole.Between,
        ["tasks"] = SectionRole.Tasks, ["chapter"] = SectionRole.TaskChapter, ["government"] = SectionRole.Government,
        ["other"] = SectionRole.Other,
    };

    /// <summary>True for a key that says the text has no top-level division.</summary>
    public bool Undivided => Parts is [{ Role: "none" }];

    /// <summary>The keys of one split: <paramref name="dir"/>/roles.tsv, the texts beside it as NAME.md.</summary>
    public static List<OutlineKey> Read(string dir)
    {
        var lines = File.ReadAllLines(Path.Combine(dir, "roles.tsv"));
        if (lines.Length == 0 || lines[0] != "name\tordinal\theading\trole")
        {
            throw new InvalidDataException($"{dir}/roles.tsv: the header is not name, ordinal, heading, role");
        }

        return [.. lines.Skip(1).Where(l => l.Length > 0).Select((l, i) => (Line: i + 2, Cells: l.Split('\t')))
            .Select(x => x.Cells.Length == 4 && int.TryParse(x.Cells[1], CultureInfo.InvariantCulture, out _) && (Roles.ContainsKey(x.Cells[3]) || x.Cells[3] == "none")
                ? x.Cells
                : throw new InvalidDataException($"{dir}/roles.tsv line {x.Line}: not name, ordinal, heading and one of the roles"))
            .GroupBy(c => c[0], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OutlineKey(g.Key, Path.Combine(dir, g.Key + ".md"),
                [.. g.Select(c => new OutlinePart(int.Parse(c[1], CultureInfo.InvariantCulture), c[2], c[3])).OrderBy(p => p.Ordinal)]))];
    }

    /// <summary>
    /// True when the engine divided the text as the key does: as many parts (trailing ones of no role
    /// aside), each heading beginning as the key's part in the same place does (normalised, over the
    /// first <see cref="Prefix"/> characters).
    /// </summary>
    public bool SameDivision(IReadOnlyList<string> headings)
    {
        // Parts of no role at the end (a glossary, an annex) may stand outside the engine's parts: what it
        // reads in them is none of the briefing's.
        var parts = Parts.Count;
        while (parts > headings.Count && Parts[parts - 1].Role == "other")
        {
            parts--;
        }

        if (Undivided || headings.Count != parts)
        {
            return false;
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var engine = CorpusScorer.Norm(headings[i]);
            var key = CorpusScorer.Norm(Parts[i].Heading);
            var n = Math.Min(Prefix, Math.Min(engine.Length, key.Length));
            if (n == 0 || !engine.AsSpan(0, n).SequenceEqual(key.AsSpan(0, n)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many first characters of two headings must agree for them to be one part's.</summary>
    private const int Prefix = 6;
}
