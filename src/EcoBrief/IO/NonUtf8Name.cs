namespace EcoBrief.IO;

/// <summary>
/// A file whose name is not UTF-8 (a GBK name unpacked from a zip made on a Chinese Windows, say).
/// Linux allows any bytes in a name; .NET decodes names as UTF-8 — the command line and folder
/// listings alike — and puts U+FFFD for each byte that is not, so such a file is listed but can never
/// be opened by the name .NET gives it: <c>open(2)</c> gets the bytes of U+FFFD, not the file's. Without
/// this it was reported as <c>no such file</c>, although <c>ls</c> shows it.
/// </summary>
public static class NonUtf8Name
{
    /// <summary>
    /// When <paramref name="path"/> could not be found because a part of it (the file's name or a
    /// folder's) is not UTF-8, the reason as words and what to do; else null.
    /// </summary>
    public static string? Explain(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            // The first part that is not found: its folder lists an entry of the same (decoded) name.
            var full = Path.GetFullPath(path);
            for (var part = full; Path.GetDirectoryName(part) is { } parent; part = parent)
            {
                if (!Directory.Exists(parent))
                {
                    continue;
                }

                var name = Path.GetFileName(part);
                if (!name.Contains('\uFFFD', StringComparison.Ordinal) || !Directory.EnumerateFileSystemEntries(parent).Any(e => string.Equals(Path.GetFileName(e), name, StringComparison.Ordinal)))
                {
                    return null;
                }

                var which = string.Equals(part, full, StringComparison.Ordinal) ? "its name" : $"the name of the folder {part}";
                return $"{which} is not UTF-8 (shown with U+FFFD \uFFFD for each byte that is not), and EcoBrief can only open files by UTF-8 names: rename it to UTF-8 (convmv -f GB18030 -t UTF-8 --notest, for a GBK name)";
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
        }

        return null;
    }
}
