namespace EcoBrief.IO;

/// <summary>
/// No output may replace an input: a report's source, its corrections sidecar, a template or partial,
/// the reference document, the pairs file. Before a run writes anything, every path it is about to
/// write is compared with every input by real path (<see cref="RealPath"/>: links followed, <c>..</c>
/// resolved), and the first clash is refused with one line naming both. A report kept at
/// <c>X/summary/summary.txt</c> and built with <c>-o X --formats txt</c> used to be overwritten by
/// its own summary.
/// </summary>
/// <remarks>
/// An output is compared twice: with its last part followed when it is a link, and as the link itself,
/// so neither a link in the output folder to a source nor an output folder that is a link to the
/// sources' folder gets through. In the templates folder, every <c>*.sbn</c> file is a template or a
/// partial (the convention every include follows), whether this run reads it or not; a file of another
/// name that a template includes is added by the verbs that know it (<c>render</c>, <c>preview</c>).
/// Other files may be written there: <c>build -o</c> inside <c>--templates</c> is allowed (and
/// <c>--watch</c> ignores it), and so is <c>render -o templates/out/t.md</c>, again and again.
/// </remarks>
public sealed class OutputGuard
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly List<(string Real, string Path, string What)> _files = [];
    private readonly List<(string Real, string Path, string What)> _folders = [];

    /// <summary>An input file: <paramref name="what"/> names it in the refusal (<c>the source</c>, <c>the corrections file</c>…).</summary>
    public OutputGuard AddFile(string path, string what)
    {
        _files.Add((Real(path), path, what));
        return this;
    }

    /// <summary>A templates folder: every <c>*.sbn</c> file under it, by real path, is an input.</summary>
    public OutputGuard AddTemplates(string folder)
    {
        _folders.Add((Real(folder), folder, "the templates folder"));
        return this;
    }

    /// <exception cref="OutputRefusedException">Writing <paramref name="output"/> would replace an input, or write into the templates folder.</exception>
    public void Check(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The output as the link itself (its folder resolved), and as what it points to.
        var full = Path.GetFullPath(output);
        var dir = Path.GetDirectoryName(full);
        var asLink = dir is null ? full : Path.Join(Real(dir), Path.GetFileName(full));
        var followed = Real(output);
        foreach (var real in new[] { followed, asLink }.Distinct(StringComparer.Ordinal))
        {
            foreach (var (input, path, what) in _files)
            {
                if (string.Equals(real, input, PathComparison))
                {
                    throw new OutputRefusedException(output, path, $"it is {what} {path}{Via(output, real)}; choose another -o, or move the input");
                }
            }

            foreach (var (folder, path, what) in _folders)
            {
                if (IsInside(real, folder) && real.EndsWith(".sbn", PathComparison))
                {
                    throw new OutputRefusedException(output, path, $"it is a template or partial of {what} {path}{Via(output, real)}; choose another -o");
                }
            }
        }
    }

    /// <inheritdoc cref="Check"/>
    public void CheckAll(IEnumerable<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        foreach (var output in outputs)
        {
            Check(output);
        }
    }

    private static string Via(string output, string real) =>
        string.Equals(Path.GetFullPath(output), real, PathComparison) ? string.Empty : $" (by its real path, {real})";

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, PathComparison);

    private static string Real(string path)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (IOException)
        {
            // A loop of links: the path as written, which the write will then fail on by itself.
            return Path.GetFullPath(path);
        }
    }
}
