using System.Globalization;
using System.Text.RegularExpressions;

namespace EcoBrief.Build;

/// <summary>
/// Writes a file by writing a temporary sibling and renaming it into place, so readers never see half
/// a file, and a failure (disk full, Ctrl+C) leaves the previous file as it was and no temporary behind.
/// </summary>
public static partial class AtomicFile
{
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    public static void Write(string path, Action<Stream> write)
    {
        var dir = CreateFolderOf(path);
        var temp = TemporaryFor(dir, Path.GetFileName(path));
        try
        {
            WriteTemporary(temp, write);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            DeleteIfFile(temp);
        }
    }

    /// <summary>Creates the folder <paramref name="path"/> goes into, and names it when that fails.</summary>
    internal static string CreateFolderOf(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (IOException e)
        {
            throw new IOException($"cannot create the folder {dir} ({e.Message})", e);
        }

        return dir;
    }

    /// <summary>A new temporary sibling for <paramref name="fileName"/>: <c>.NAME.PID.GUID.tmp</c> (or <c>.old</c> for a kept previous file).</summary>
    internal static string TemporaryFor(string dir, string fileName, string suffix = "tmp") =>
        Path.Combine(dir, $".{fileName}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}.{suffix}");

    /// <summary>Writes <paramref name="temp"/> (which must not exist) to the disk, flushed.</summary>
    internal static void WriteTemporary(string temp, Action<Stream> write)
    {
        using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        write(stream);
        stream.Flush(flushToDisk: true);
    }

    internal static void DeleteIfFile(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// The temporaries of our own naming in <paramref name="dir"/> whose process is gone (killed with
    /// <c>kill -9</c>, say, between writing and renaming): a running build's temporaries are left alone.
    /// </summary>
    internal static IEnumerable<string> Leftovers(string dir)
    {
        if (!Directory.Exists(dir))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(dir, ".*.*.*.*").Order(StringComparer.Ordinal))
        {
            var match = OurTemporary().Match(Path.GetFileName(path));
            if (match.Success && int.TryParse(match.Groups["pid"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                yield return path;
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            // Ours: a write in progress in this process (a temporary is deleted before its write returns).
            return true;
        }

        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}");
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\..+\.(?<pid>[0-9]{1,10})\.[0-9a-f]{32}\.(tmp|old)$", RegexOptions.CultureInvariant)]
    private static partial Regex OurTemporary();
}
