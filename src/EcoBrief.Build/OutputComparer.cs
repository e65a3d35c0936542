using EcoBrief.IO;

namespace EcoBrief.Build;

/// <summary>
/// Which published files differ from what is on disk (missing counts as different), and which
/// temporaries of our own naming a killed build left in a report's folder.
/// </summary>
public static class OutputComparer
{
    /// <summary>A report's stale files, and the temporaries a killed build left in its folder.</summary>
    public static List<StaleFile> Stale(PublishedReport report, string outputRoot)
    {
        var dir = ReportFolder.In(outputRoot, report.Name);
        var stale = Stale(dir, report.Files);
        stale.AddRange(AtomicFile.Leftovers(dir).Select(p => new StaleFile(p, Path.GetFileName(p), StaleReason.LeftoverTemporary)));
        return stale;
    }

    /// <summary>Which of <paramref name="files"/> differ from what is in <paramref name="dir"/>.</summary>
    public static List<StaleFile> Stale(string dir, IEnumerable<(string FileName, byte[] Bytes)> files)
    {
        var stale = new List<StaleFile>();
        foreach (var (file, bytes) in files)
        {
            var path = Path.Combine(dir, file);
            if (Compare(path, bytes) is { } reason)
            {
                stale.Add(new StaleFile(path, file, reason));
            }
        }

        return stale;
    }

    /// <summary>Why the file at <paramref name="path"/> is not <paramref name="bytes"/>, or null when it is.</summary>
    /// <remarks>
    /// Read through the guarded reader, never more than one byte past <paramref name="bytes"/>: a FIFO or a
    /// device where an output should be (it used to hang <c>check</c>), or a larger file, simply differs.
    /// </remarks>
    public static StaleReason? Compare(string path, byte[] bytes)
    {
        if (!File.Exists(path))
        {
            return StaleReason.Missing;
        }

        try
        {
            return RegularFile.ReadAllBytes(path, bytes.Length, "output").AsSpan().SequenceEqual(bytes) ? null : StaleReason.Differs;
        }
        catch (FileRejectedException e) when (e.Reason is FileRejection.TooLarge or FileRejection.NotRegular)
        {
            return StaleReason.Differs;
        }
    }
}
