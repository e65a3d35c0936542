namespace EcoBrief.Cli.Building;

/// <summary>
/// The files a build can write for a report, and how <c>--formats</c> names them: a kind stands for
/// the file of that kind a reader expects (pdf: the one-page summary; docx: the meeting handout), a
/// file name for exactly that file, <c>all</c> for every one.
/// </summary>
internal static class OutputFiles
{
    /// <summary>Every file a build can write, in the order they are written and listed.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "briefing.json", "summary.pdf", "summary.docx", "summary.md", "summary.html",
        "handout.pdf", "handout.docx", "handout.md", "handout.html",
    ];

    /// <summary>What each kind stands for.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Kinds = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["pdf"] = ["summary.pdf"],
        ["docx"] = ["handout.docx"],
        ["json"] = ["briefing.json"],
        ["md"] = ["summary.md", "handout.md"],
        ["html"] = ["summary.html", "handout.html"],
        ["all"] = [.. All],
    };

    public const string Default = "pdf,docx,json";

    /// <summary>The words <c>--formats</c> accepts, for its help and its errors.</summary>
    public static string Known => $"{string.Join(",", Kinds.Keys)} or a file name ({string.Join(", ", All)})";

    /// <summary>The files a comma-separated list names; the words it does not know go to <paramref name="unknown"/>.</summary>
    public static IReadOnlySet<string> Parse(string formats, out IReadOnlyList<string> unknown) => Parse(formats, Kinds, All, out unknown);

    /// <summary>The files a comma-separated list names, with the kinds and file names of another verb (compare).</summary>
    public static IReadOnlySet<string> Parse(string formats, IReadOnlyDictionary<string, string[]> kinds, IReadOnlyList<string> all, out IReadOnlyList<string> unknown)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var bad = new List<string>();
        foreach (var word in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (kinds.TryGetValue(word, out var named))
            {
                files.UnionWith(named);
            }
            else if (all.Contains(word, StringComparer.Ordinal))
            {
                files.Add(word);
            }
            else
            {
                bad.Add(word);
            }
        }

        unknown = bad;
        return files;
    }
}
