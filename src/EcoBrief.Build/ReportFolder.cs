using EcoBrief.Diagnostics;

namespace EcoBrief.Build;

/// <summary>
/// The folder a report is built into: <c>OUTPUT/&lt;name&gt;/</c>, where the name is the source's file
/// name without its extension — unless that leaves nothing that names a folder of its own (a source
/// named <c>.txt</c>, <c>..txt</c>, <c>...txt</c>, or only white space before the extension), when it
/// is the whole file name. So the folder is always one non-empty name directly inside the output
/// folder, never the output folder itself nor anything outside it.
/// </summary>
public static class ReportFolder
{
    /// <summary>The folder's name for <paramref name="source"/>, or null when its file name cannot name one (<c>.</c>, <c>..</c>, a path ending in a separator).</summary>
    public static string? NameOf(string source)
    {
        var file = Path.GetFileName(source);
        var name = Path.GetFileNameWithoutExtension(file);
        var chosen = name.Trim().Trim('.').Length == 0 ? file : name;
        return chosen.Trim().Trim('.').Length == 0 ? null : chosen;
    }

    /// <summary>The folder's name for <paramref name="source"/>, or one line saying why there is none.</summary>
    /// <exception cref="InputRejectedException">The file name cannot name a folder.</exception>
    public static string RequireNameOf(string source) =>
        NameOf(source) ?? throw new InputRejectedException($"{source}: its file name cannot name an output folder; give the report a file name");

    /// <summary>The folder of the report named <paramref name="name"/> inside <paramref name="outputRoot"/>.</summary>
    public static string In(string outputRoot, string name)
    {
        var dir = Path.Combine(outputRoot, name);
        if (name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || name.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal)
            || !string.Equals(Path.GetDirectoryName(Path.GetFullPath(dir)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot)), StringComparison.Ordinal))
        {
            // NameOf never gives such a name: this guards the promise itself.
            throw new InvalidOperationException($"'{name}' is not a folder name inside {outputRoot}");
        }

        return dir;
    }
}
