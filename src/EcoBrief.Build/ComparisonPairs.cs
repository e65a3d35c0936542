using System.Globalization;
using System.Text;
using EcoBrief.Diagnostics;
using EcoBrief.IO;

namespace EcoBrief.Build;

/// <summary>
/// The pairs file: which reports a build also compares. One pair a line, <c>OLD -&gt; NEW</c>, paths
/// relative to the file's folder; blank lines and lines starting with <c>#</c> are ignored. The main
/// job reads <c>seeds/compare.pairs</c> when it exists; <c>build --pairs FILE</c> names another.
/// </summary>
public static class ComparisonPairs
{
    /// <summary>The pairs file the main job reads (a build with no sources) when it exists.</summary>
    public static readonly string DefaultFile = Path.Combine("seeds", "compare.pairs");

    /// <summary>The folder inside the output that holds the comparisons.</summary>
    public const string Folder = "compare";

    private const string Arrow = "->";

    /// <summary>
    /// The pairs a build compares: those of <paramref name="file"/> (<c>--pairs</c>); with neither that
    /// nor sources given (the main job), those of <see cref="DefaultFile"/> when it exists; else none.
    /// </summary>
    /// <param name="file">The pairs file named, or null.</param>
    /// <param name="sourcesGiven">Whether the build was given its sources (not the main job).</param>
    /// <param name="sources">The sources built: none may be built into the comparisons' folder.</param>
    /// <param name="outputRoot">The output folder, for the message.</param>
    /// <exception cref="InputRejectedException">The pairs file is wrong, or a report's folder would be the comparisons' folder.</exception>
    public static List<ComparisonPair> ForBuild(string? file, bool sourcesGiven, IReadOnlyList<string> sources, string outputRoot)
    {
        ArgumentNullException.ThrowIfNull(sources);
        file = FileForBuild(file, sourcesGiven);

        if (file is null)
        {
            return [];
        }

        var pairs = Read(file);
        var clash = sources.FirstOrDefault(s => string.Equals(ReportFolder.NameOf(s), Folder, StringComparison.Ordinal));
        if (pairs.Count > 0 && clash is not null)
        {
            throw new InputRejectedException($"{clash} would be built into {Path.Combine(outputRoot, Folder)}{Path.DirectorySeparatorChar}, where the comparisons of {file} go: rename it");
        }

        return pairs;
    }

    /// <summary>The pairs file a build reads: the one given; with none and no sources, <see cref="DefaultFile"/> when it exists; else null.</summary>
    public static string? FileForBuild(string? file, bool sourcesGiven) => file is null && !sourcesGiven && File.Exists(DefaultFile) ? DefaultFile : file;

    /// <exception cref="InputRejectedException">The file cannot be read, a line is not a pair, or a report it names is missing: one line with its place.</exception>
    public static List<ComparisonPair> Read(string path)
    {
        string[] lines;
        try
        {
            // Through the guarded reader: a regular file of at most 1 MB; UTF-8 (a BOM is dropped below).
            using var reader = new StreamReader(new MemoryStream(RegularFile.ReadAllBytes(path, InputLimits.Pairs, "pairs file")), new UTF8Encoding(false));
            lines = reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n');
        }
        catch (FileRejectedException e)
        {
            throw new InputRejectedException($"{path}: cannot read the pairs file: {e.Why}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputRejectedException($"{path}: cannot read the pairs file: {e.Message}");
        }

        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var pairs = new List<ComparisonPair>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var at = line.IndexOf(Arrow, StringComparison.Ordinal);
            var place = string.Create(CultureInfo.InvariantCulture, $"{path}({i + 1})");
            if (at < 0 || line.IndexOf(Arrow, at + Arrow.Length, StringComparison.Ordinal) >= 0)
            {
                throw new InputRejectedException($"{place}: expected 'OLD.txt -> NEW.txt', found '{line}'");
            }

            var old = line[..at].Trim();
            var @new = line[(at + Arrow.Length)..].Trim();
            if (old.Length == 0 || @new.Length == 0)
            {
                throw new InputRejectedException($"{place}: expected 'OLD.txt -> NEW.txt', found '{line}'");
            }

            var pair = new ComparisonPair(Path.Combine(folder, old), Path.Combine(folder, @new), i + 1);
            foreach (var report in new[] { pair.Old, pair.New })
            {
                if (!File.Exists(report))
                {
                    throw new InputRejectedException($"{place}: {report}: {NonUtf8Name.Explain(report) ?? "no such report"}");
                }
            }

            if (ReportFolder.NameOf(pair.Old) is null || ReportFolder.NameOf(pair.New) is null)
            {
                throw new InputRejectedException($"{place}: a report's file name cannot name a folder");
            }

            if (pairs.Any(p => p.Name == pair.Name))
            {
                throw new InputRejectedException($"{place}: the pair is listed twice");
            }

            pairs.Add(pair);
        }

        return pairs;
    }
}
