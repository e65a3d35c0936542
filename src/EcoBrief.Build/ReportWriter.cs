using EcoBrief.Diagnostics;
using EcoBrief.Publishing;

namespace EcoBrief.Build;

/// <summary>
/// Writes what a build published: a report's files, the overview, a pair's comparison — each only
/// the files whose bytes changed (all of them with <c>force</c>), a report's and a comparison's as a
/// set (<see cref="AtomicFileSet"/>: the folder never holds new files beside old ones).
/// </summary>
public static class ReportWriter
{
    /// <summary>The state of a report or comparison none of whose files changed.</summary>
    public const string UpToDate = "up to date";

    /// <summary>Writes the changed files of <paramref name="report"/> into its folder and removes the temporaries a killed build left there.</summary>
    public static ReportOutcome Write(PublishedReport report, string outputRoot, bool force)
    {
        var dir = ReportFolder.In(outputRoot, report.Name);
        var stale = OutputComparer.Stale(report, outputRoot);
        var leftovers = stale.Where(s => s.Reason == StaleReason.LeftoverTemporary).ToList();
        foreach (var leftover in leftovers)
        {
            AtomicFile.DeleteIfFile(leftover.Path);
        }

        var changed = force ? report.Files.Select(f => f.FileName).ToList() : stale.Where(s => s.Reason != StaleReason.LeftoverTemporary).Select(s => s.FileName).ToList();
        AtomicFileSet.Write(dir, [.. report.Files.Where(f => changed.Contains(f.FileName, StringComparer.Ordinal))]);

        var state = State(changed, report.Files.Count);
        if (leftovers.Count > 0)
        {
            state += $" (removed {leftovers.Count} leftover temporar{(leftovers.Count == 1 ? "y" : "ies")})";
        }

        return new ReportOutcome(report with { Files = [] }, report.Files.Sum(f => f.Bytes.Length), state, []) { Changed = changed.Count + leftovers.Count };
    }

    /// <summary>Writes the files of the overview (published, beside the reports' folders) that changed; gives their paths.</summary>
    public static List<string> WriteOverview(string outputRoot, IEnumerable<PublishedFile> files, bool force)
    {
        var written = new List<string>();
        foreach (var (file, bytes) in files)
        {
            var path = Path.Combine(outputRoot, file);
            if (force || OutputComparer.Compare(path, bytes) is not null)
            {
                AtomicFile.WriteAllBytes(path, bytes);
                written.Add(path);
            }
        }

        return written;
    }

    /// <summary>Publishes the comparison of <paramref name="pair"/> and writes its changed files into its folder.</summary>
    public static ComparisonOutcome WriteComparison(ComparisonPair pair, ComparisonOutputs outputs, string outputRoot, bool force)
    {
        var output = ComparisonPublisher.Publish(pair, outputs);
        var dir = pair.FolderIn(outputRoot);
        var changed = force ? output.Files.Select(f => f.FileName).ToList() : ComparisonPublisher.Stale(dir, output).Select(s => s.FileName).ToList();
        AtomicFileSet.Write(dir, [.. output.Files.Where(f => changed.Contains(f.FileName, StringComparer.Ordinal)).Select(f => (f.FileName, f.Bytes))]);
        return new ComparisonOutcome(pair, dir, State(changed, output.Files.Count), changed.Count, output.Diagnostics);
    }

    /// <summary>
    /// Writes each of <paramref name="files"/> whose bytes differ from what is in <paramref name="dir"/>
    /// (each atomically, on its own: the files of one verb's run, as <c>compare</c> writes them); gives their names.
    /// </summary>
    public static List<string> WriteChanged(string dir, IEnumerable<PublishedFile> files)
    {
        var written = new List<string>();
        foreach (var (name, bytes) in files)
        {
            var path = Path.Combine(dir, name);
            if (OutputComparer.Compare(path, bytes) is not null)
            {
                AtomicFile.WriteAllBytes(path, bytes);
                written.Add(name);
            }
        }

        return written;
    }

    /// <summary><c>built</c> when every file changed, <c>updated A, B</c> when some did, else <see cref="UpToDate"/>.</summary>
    private static string State(List<string> changed, int total) =>
        changed.Count == 0 ? UpToDate : changed.Count == total ? "built" : $"updated {string.Join(", ", changed)}";
}

/// <summary>What writing one pair's comparison did: its folder, its state, how many files changed, and the writers' diagnostics.</summary>
public sealed record ComparisonOutcome(ComparisonPair Pair, string Folder, string State, int Changed, IReadOnlyList<Diagnostic> Diagnostics);
