using System.Xml;
using EcoBrief.Diagnostics;

namespace EcoBrief.Ingest.Docx;

/// <summary>
/// A report kept as a Word file (<c>.docx</c>, or a Word file under a name that says nothing): its
/// body's paragraphs in order (<see cref="WordBody"/>), automatic numbering rendered as the numbers a
/// reader sees (<see cref="WordNumbering"/>), tables as lines, headings' outline levels kept as a
/// signal (<see cref="SourceLine.HeadingLevel"/>); headers, footers, footnotes, comments, deleted text
/// and fields' codes left out. Each line is numbered by its paragraph (<see cref="SourceMap.WordParagraphs"/>).
/// A binary <c>.doc</c> or a password-protected file is refused with what to do instead.
/// </summary>
public sealed class DocxReader : ISourceReader
{
    public string Format => "docx";

    public bool Accepts(ReportSource source) => SourceFormats.Names(source, SourceFormat.Docx);

    public IngestedReport Read(ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = source.Bytes;
        if (bytes.Span.StartsWith(FileSignature.Ole))
        {
            throw new InputRejectedException(LegacyOrProtected(bytes.Span));
        }

        if (!bytes.Span.StartsWith(FileSignature.Zip))
        {
            throw FileSignature.NotA("a Word file (.docx)", bytes);
        }

        List<SourceLine> lines;
        int paragraphs;
        using (var package = WordPackage.Open(bytes))
        {
            try
            {
                var styles = WordStyles.Read(package.Styles() is { } s ? WordXml.Load(s) : null);
                var numbering = WordNumbering.Read(package.Numbering() is { } n ? WordXml.Load(n) : null, styles);
                (lines, paragraphs) = WordBody.Read(package.Body(), numbering, styles);
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or IOException or InvalidOperationException)
            {
                throw WordPackage.Damaged(e);
            }
        }

        if (lines.Count == 0)
        {
            throw new InputRejectedException(paragraphs == 0
                ? "the Word file has no paragraphs of text"
                : $"the Word file has no text: its {paragraphs} paragraph(s) are empty (text in text boxes or pictures is not read)");
        }

        var original = string.Join('\n', lines.Select(l => l.Text));
        return ReportReader.CleanLines(lines, original, "Word (.docx)", null, SourceFormat.Docx, SourceMap.WordParagraphs);
    }

    /// <summary>The line for an OLE compound file: a Word 97–2003 document, or a Word file encrypted with a password.</summary>
    private static string LegacyOrProtected(ReadOnlySpan<byte> bytes)
    {
        // An encrypted .docx is an OLE file holding the encrypted package (MS-OFFCRYPTO 2.3.4.4).
        if (bytes.IndexOf("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8) >= 0)
        {
            return "the Word file is encrypted with a password: open it in Word or LibreOffice and save it without one";
        }

        return bytes.IndexOf("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"u8) >= 0
            ? "is a Word 97–2003 document (.doc), which EcoBrief does not read: save it as .docx (in Word or LibreOffice: Save As → Word Document; or: soffice --headless --convert-to docx FILE)"
            : "is an old Office document (.doc, .xls, .ppt), which EcoBrief does not read: save it as .docx";
    }
}
