namespace EcoBrief.Ingest;

/// <summary>The form a report's text comes in, told by its file's extension and confirmed by sniffing its bytes.</summary>
public enum SourceFormat
{
    /// <summary>Plain text (a page's markup saved as text included). Markdown syntax in it is still recognised when the text shows it.</summary>
    Text,

    /// <summary>Markdown, as repositories keep reports: YAML front matter, <c>**</c> bold headings and bylines, <c>#</c> headings, <c>&lt;!-- --&gt;</c> comments.</summary>
    Markdown,

    /// <summary>A Word file (<c>.docx</c>; a binary <c>.doc</c> is named as such and refused).</summary>
    Docx,

    /// <summary>A PDF with a text layer.</summary>
    Pdf,

    /// <summary>A web page saved from a browser (<c>.html</c>, <c>.htm</c>, or a single-file <c>.mhtml</c> archive).</summary>
    Html,
}

/// <summary>Which <see cref="SourceFormat"/> a path names, and which its bytes show.</summary>
public static class SourceFormats
{
    /// <summary>
    /// <see cref="SourceFormat.Markdown"/> for <c>.md</c>, <c>.markdown</c>, <c>.mdown</c> and <c>.mkd</c>;
    /// <see cref="SourceFormat.Docx"/> for <c>.docx</c>, <c>.docm</c>, <c>.dotx</c>, <c>.dotm</c> and the binary
    /// <c>.doc</c>/<c>.dot</c>; <see cref="SourceFormat.Pdf"/> for <c>.pdf</c>; <see cref="SourceFormat.Html"/> for
    /// <c>.html</c>, <c>.htm</c>, <c>.xhtml</c>, <c>.shtml</c>, <c>.mhtml</c> and <c>.mht</c>; otherwise
    /// <see cref="SourceFormat.Text"/> (<c>.txt</c>, any other extension, none).
    /// </summary>
    public static SourceFormat FromPath(string path) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".MD" or ".MARKDOWN" or ".MDOWN" or ".MKD" => SourceFormat.Markdown,
            ".DOCX" or ".DOCM" or ".DOTX" or ".DOTM" or ".DOC" or ".DOT" => SourceFormat.Docx,
            ".PDF" => SourceFormat.Pdf,
            ".HTML" or ".HTM" or ".XHTML" or ".SHTML" or ".MHTML" or ".MHT" => SourceFormat.Html,
            _ => SourceFormat.Text,
        };

    /// <summary>
    /// The container <paramref name="bytes"/> are, by their first bytes: <see cref="SourceFormat.Pdf"/>
    /// (<c>%PDF-</c>), <see cref="SourceFormat.Docx"/> (a ZIP package, or an OLE compound file as a
    /// <c>.doc</c> is), or null — text, or something no reader reads.
    /// </summary>
    public static SourceFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return SourceFormat.Pdf;
        }

        return bytes.StartsWith(FileSignature.Zip) || bytes.StartsWith(FileSignature.Ole) ? SourceFormat.Docx : null;
    }

    /// <summary>
    /// Whether <paramref name="source"/> is of <paramref name="format"/>: its extension names it, or its
    /// extension names no format of its own (<c>.txt</c>, none) and its bytes show it.
    /// </summary>
    public static bool Names(ReportSource source, SourceFormat format)
    {
        ArgumentNullException.ThrowIfNull(source);
        var byName = FromPath(source.Path);
        return byName == format || (byName == SourceFormat.Text && Sniff(source.Bytes.Span) == format);
    }
}
