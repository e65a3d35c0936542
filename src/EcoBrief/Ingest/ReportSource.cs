using System.Text;

namespace EcoBrief.Ingest;

/// <summary>
/// A report as it was given, before anything is read from it: the path it is known by and its bytes.
/// Every stage after ingest takes values made from it, never the path (which names the report in
/// messages, and its file name in the documents).
/// </summary>
/// <param name="Path">The report's path as the user gave it (or a name for a report that was never a file).</param>
/// <param name="Bytes">Its content, as read.</param>
public sealed record ReportSource(string Path, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>The report's file name: how documents and comparisons name it.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>A report given as text (UTF-8), under <paramref name="path"/>.</summary>
    public static ReportSource FromText(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
