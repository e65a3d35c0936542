using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using EcoBrief.Diagnostics;
using EcoBrief.IO;

namespace EcoBrief.Ingest.Docx;

/// <summary>
/// A Word file (an Open Packaging Conventions ZIP, ISO/IEC 29500-2) opened for reading its text: the
/// body, its numbering and its styles, each found through the package's relationships by the Open XML
/// SDK and read as a stream of XML through a cap. Before the SDK sees it, the ZIP's directory is
/// checked: at most <see cref="InputLimits.SourceZipEntries"/> entries, and parts that declare at most
/// <see cref="InputLimits.SourceUnpacked"/> bytes inflated in all (.NET stops inflating an entry at
/// the size it declares), so a ZIP bomb is refused before anything is inflated.
/// </summary>
internal sealed class WordPackage : IDisposable
{
    /// <summary>The most characters the numbering or the styles part may hold (a document's are tens of kilobytes; they are read whole).</summary>
    private const long DefinitionsPart = 16 * InputLimits.Megabyte;

    private readonly WordprocessingDocument _document;

    private WordPackage(WordprocessingDocument document) => _document = document;

    /// <summary>Opens <paramref name="bytes"/>; throws <see cref="InputRejectedException"/> with a one-line reason when they are no Word file or too much.</summary>
    public static WordPackage Open(ReadOnlyMemory<byte> bytes)
    {
        var entries = ZipDirectory.EntryCount(bytes.Span)
            ?? throw new InputRejectedException("not a Word file: the ZIP package is damaged (its directory is missing or cut short)");
        if (entries > InputLimits.SourceZipEntries)
        {
            throw new InputRejectedException($"not a Word file EcoBrief reads: its ZIP package has {entries:N0} entries, more than the {InputLimits.SourceZipEntries:N0} a document has");
        }

        var stream = MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is { } array
            ? new MemoryStream(array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
        try
        {
            CheckInflatedSize(stream);
            stream.Position = 0;
            var document = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            if (document.MainDocumentPart is null)
            {
                document.Dispose();
                throw new InputRejectedException("not a Word file: the package has no document body (word/document.xml)");
            }

            return new WordPackage(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw Damaged(e);
        }
    }

    /// <summary>The main document part (<c>word/document.xml</c>).</summary>
    public XmlReader Body() => Reader(_document.MainDocumentPart!, InputLimits.SourceUnpacked);

    /// <summary>The numbering definitions (<c>word/numbering.xml</c>), or null when the document numbers nothing.</summary>
    public XmlReader? Numbering() => _document.MainDocumentPart!.NumberingDefinitionsPart is { } part ? Reader(part, DefinitionsPart) : null;

    /// <summary>The style definitions (<c>word/styles.xml</c>), or null.</summary>
    public XmlReader? Styles() => _document.MainDocumentPart!.StyleDefinitionsPart is { } part ? Reader(part, DefinitionsPart) : null;

    public void Dispose() => _document.Dispose();

    /// <summary>The line for a package or part the SDK or the XML reader could not read.</summary>
    public static InputRejectedException Damaged(Exception e) =>
        new($"not a Word file EcoBrief can read: the package is damaged ({OneLine(e.Message)})", e);

    private static XmlReader Reader(OpenXmlPart part, long maxCharacters)
    {
        var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            MaxCharactersInDocument = maxCharacters,
            CloseInput = true,
        });
    }

    private static void CheckInflatedSize(MemoryStream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > InputLimits.SourceUnpacked)
            {
                throw new InputRejectedException($"not a Word file EcoBrief reads: its parts inflate to more than {InputLimits.Describe(InputLimits.SourceUnpacked)} (a ZIP bomb?)");
            }
        }
    }

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length > 160 ? line[..160] + "…" : line;
    }
}
