namespace EcoBrief.Publishing;

/// <summary>
/// The files a run writes: the data file (the model as JSON) if asked for, and a subset of
/// templates × writers. <c>--formats</c> names them by kind or by file name: the data writer's format
/// (<c>json</c>) is the data file; a document writer's format (<c>pdf</c>, <c>docx</c>, <c>md</c>,
/// <c>html</c>, <c>txt</c>) is every template's file of that format, except the files only made on
/// request (<see cref="OnRequestOnly"/>: the long handout as PDF, the one-page summary as Word);
/// <c>all</c> is every file; a file name (<c>handout.pdf</c>, <c>brief.md</c>) is that file.
/// </summary>
public sealed class OutputSet
{
    /// <summary>The word for every file.</summary>
    public const string AllKind = "all";

    /// <summary>Files a kind does not stand for, built only when named (or with <c>all</c>).</summary>
    public static IReadOnlyList<string> OnRequestOnly { get; } = ["handout.pdf", "summary.docx"];

    private OutputSet(string? dataFile, IReadOnlyList<TemplateOutput> documents)
    {
        DataFile = dataFile;
        Documents = documents;
    }

    /// <summary>The data file's name when it is wanted (<c>briefing.json</c>), else null.</summary>
    public string? DataFile { get; }

    /// <summary>The documents' files, templates in build order, each template's in the registry's order.</summary>
    public IReadOnlyList<TemplateOutput> Documents { get; }

    /// <summary>The templates that have at least one file in the set, in build order.</summary>
    public IReadOnlyList<string> Templates => [.. Documents.Select(d => d.Template).Distinct(StringComparer.Ordinal)];

    /// <summary>Every file name, in the order they are written and listed.</summary>
    public IReadOnlyList<string> FileNames => [.. (DataFile is null ? [] : new[] { DataFile }), .. Documents.Select(d => d.FileName)];

    public bool Wants(string fileName) => FileNames.Contains(fileName, StringComparer.Ordinal);

    /// <summary>Every file a run over <paramref name="templates"/> can write: the data file, then each template's through each writer.</summary>
    public static OutputSet Everything(IReadOnlyList<string> templates, WriterRegistry writers, string dataFile) =>
        new(dataFile, [.. templates.SelectMany(t => writers.Documents.Select(w => new TemplateOutput(t, w)))]);

    /// <summary>The words <c>--formats</c> accepts, for help and errors.</summary>
    public static string Known(IReadOnlyList<string> templates, WriterRegistry writers, string dataFile) =>
        $"{string.Join(",", Kinds(writers))} or a file name ({string.Join(", ", Everything(templates, writers, dataFile).FileNames)})";

    /// <summary>The files a comma-separated list names; the words it does not know go to <paramref name="unknown"/>.</summary>
    public static OutputSet Parse(string formats, IReadOnlyList<string> templates, WriterRegistry writers, string dataFile, out IReadOnlyList<string> unknown)
    {
        var all = Everything(templates, writers, dataFile);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var bad = new List<string>();
        foreach (var word in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (word == AllKind)
            {
                files.UnionWith(all.FileNames);
            }
            else if (word == writers.BriefingData.Format)
            {
                files.Add(dataFile);
            }
            else if (writers.Find(word) is { } writer)
            {
                files.UnionWith(all.Documents.Where(d => d.Writer == writer && !OnRequestOnly.Contains(d.FileName, StringComparer.Ordinal)).Select(d => d.FileName));
            }
            else if (all.FileNames.Contains(word, StringComparer.Ordinal))
            {
                files.Add(word);
            }
            else
            {
                bad.Add(word);
            }
        }

        unknown = bad;
        return new(files.Contains(dataFile) ? dataFile : null, [.. all.Documents.Where(d => files.Contains(d.FileName))]);
    }

    private static IEnumerable<string> Kinds(WriterRegistry writers) =>
        [.. writers.Documents.Select(w => w.Format), writers.BriefingData.Format, AllKind];
}
