namespace EcoBrief.IO;

/// <summary>
/// A path with every symbolic link on the way resolved, as <c>realpath(3)</c> gives it, so that a
/// folder can tell whether a file is really inside it: a link (to a file or to a folder, anywhere on
/// the path) is followed to its target, and <c>..</c> in a target climbs from where the link really is.
/// Parts that do not exist are kept as they are.
/// </summary>
internal static class RealPath
{
    /// <summary>As Linux's limit on links followed in one lookup (ELOOP).</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <exception cref="IOException">A loop of links, or more than 40 on the way.</exception>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[current.Length..].Split(Separators).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"{path}: too many levels of symbolic links");
            }

            // The target's parts are resolved in turn, from the link's folder or from the root.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
                target = target[Path.GetPathRoot(target)!.Length..];
            }

            foreach (var p in target.Split(Separators).Reverse())
            {
                pending.Push(p);
            }
        }

        return current;
    }
}
