using System.Buffers.Binary;

namespace EcoBrief.Ingest.Docx;

/// <summary>
/// The count of entries a ZIP file's end-of-central-directory record declares (APPNOTE.TXT 4.3.16,
/// and the ZIP64 record of 4.3.14), read from its last bytes before any entry is — so a package of a
/// million empty entries is refused before a million entries are made.
/// </summary>
internal static class ZipDirectory
{
    private const int EndRecordLength = 22;

    /// <summary>The entries declared, or null when no end record is found (not a ZIP file, or cut short).</summary>
    public static long? EntryCount(ReadOnlySpan<byte> zip)
    {
        // The record is the last thing in the file, after a comment of at most 65,535 bytes.
        var from = Math.Max(0, zip.Length - EndRecordLength - ushort.MaxValue);
        var at = zip[from..].LastIndexOf("PK\x05\x06"u8);
        if (at < 0 || from + at + EndRecordLength > zip.Length)
        {
            return null;
        }

        at += from;
        long entries = BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 10)..]);
        if (entries != ushort.MaxValue || at < 20 || !zip[(at - 20)..].StartsWith("PK\x06\x07"u8))
        {
            return entries;
        }

        // ZIP64: the locator before the end record points at the ZIP64 end record.
        var offset = BinaryPrimitives.ReadUInt64LittleEndian(zip[(at - 20 + 8)..]);
        if (offset > (ulong)(zip.Length - 56) || !zip[(int)offset..].StartsWith("PK\x06\x06"u8))
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt64LittleEndian(zip[((int)offset + 32)..]);
        return count > long.MaxValue ? long.MaxValue : (long)count;
    }
}
