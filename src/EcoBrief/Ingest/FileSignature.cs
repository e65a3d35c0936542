using System.IO.Compression;
using EcoBrief.Diagnostics;

namespace EcoBrief.Ingest;

/// <summary>
/// What a file is by its first bytes (and, for a ZIP package, by the parts it holds), for the line
/// that refuses it: a <c>.pdf</c> that is really a Word file is named as one, with the extension it
/// should have.
/// </summary>
internal static class FileSignature
{
    public static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    public static ReadOnlySpan<byte> Ole => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>True when the PDF header stands within the first 1024 bytes, where readers look for it (readers such as Acrobat accept bytes before it).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> span) => span[..Math.Min(span.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>The refusal of a file that is not <paramref name="what"/>: what it is instead, and the name to give it when EcoBrief reads that.</summary>
    public static InputRejectedException NotA(string what, ReadOnlyMemory<byte> bytes)
    {
        var (kind, extension) = Describe(bytes);
        return new InputRejectedException($"not {what}: the file is {kind}{(extension is null ? string.Empty : $"; rename it to {extension}")}");
    }

    /// <summary>What <paramref name="bytes"/> are, as <c>a Word document (.docx)</c>, and the extension that names them (null when none would be read).</summary>
    public static (string Kind, string? Extension) Describe(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.IsEmpty)
        {
            return ("empty", null);
        }

        if (IsPdf(span))
        {
            return ("a PDF document", ".pdf");
        }

        if (span.StartsWith(Zip))
        {
            return DescribeZip(bytes);
        }

        if (span.StartsWith(Ole))
        {
            // The compound file's directory names its streams in UTF-16.
            return span.IndexOf("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"u8) >= 0 ? ("a Word 97–2003 document (.doc)", null)
                : span.IndexOf("W\0o\0r\0k\0b\0o\0o\0k\0"u8) >= 0 ? ("an Excel 97–2003 workbook (.xls)", null)
                : ("an old Office document (.doc, .xls or .ppt)", null);
        }

        foreach (var (magic, kind) in Others)
        {
            if (span.StartsWith(magic))
            {
                return (kind, null);
            }
        }

        var head = System.Text.Encoding.UTF8.GetString(span[..Math.Min(span.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith("MIME-Version:", StringComparison.OrdinalIgnoreCase) || head.StartsWith("From:", StringComparison.OrdinalIgnoreCase))
        {
            return ("a web archive (.mhtml)", ".mhtml");
        }

        if (head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return ("a web page (.html)", ".html");
        }

        return ("text", ".txt");
    }

    private static readonly (byte[] Magic, string Kind)[] Others =
    [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ("RIFF"u8.ToArray(), "a RIFF media file"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7z archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
    ];

    private static (string Kind, string? Extension) DescribeZip(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > 100_000)
            {
                return ("a ZIP archive", null);
            }

            bool Has(string name) => zip.Entries.Any(e => e.FullName.Equals(name, StringComparison.OrdinalIgnoreCase));
            bool Under(string folder) => zip.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.OrdinalIgnoreCase));
            return Has("word/document.xml") || Under("word/") ? ("a Word document (.docx)", (string?)".docx")
                : Under("xl/") ? ("an Excel workbook (.xlsx)", null)
                : Under("ppt/") ? ("a PowerPoint presentation (.pptx)", null)
                : Has("mimetype") && Has("content.xml") ? ("an OpenDocument file (.odt)", null)
                : ("a ZIP archive", null);
        }
        catch (InvalidDataException)
        {
            return ("a damaged ZIP archive", null);
        }
    }
}
