using System.IO.Compression;

namespace EcoBrief.Docx;

/// <summary>
/// Rewrites an OPC package so that the same content always gives the same bytes: entries in a fixed
/// order ([Content_Types].xml first, as Office writes it, then _rels/.rels, then the rest by name),
/// one fixed timestamp, the same compression.
/// </summary>
internal static class ReproducibleZip
{
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var e in input.Entries)
            {
                using var s = e.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                entries.Add((e.FullName, m.ToArray()));
            }
        }

        static int Rank(string name) => name switch
        {
            "[Content_Types].xml" => 0,
            "_rels/.rels" => 1,
            _ => 2,
        };

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries.OrderBy(e => Rank(e.Name)).ThenBy(e => e.Name, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Timestamp;
                using var s = entry.Open();
                s.Write(data);
            }
        }

        return output.ToArray();
    }
}
