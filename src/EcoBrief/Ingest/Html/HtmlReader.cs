using EcoBrief.Diagnostics;

namespace EcoBrief.Ingest.Html;

/// <summary>
/// A web page saved from a browser (<c>.html</c>, <c>.htm</c>, or one file, <c>.mhtml</c>/<c>.mht</c>):
/// its article rather than the whole page (<see cref="HtmlArticle"/>: navigation, share bars, related
/// links and footers out), &lt;p&gt;, blocks and &lt;br&gt; as line breaks, in the charset its meta tag or its
/// archive declares (<see cref="HtmlCharset"/>). An archive's page is its first HTML part, decoded
/// (<see cref="MhtmlArchive"/>). Each line keeps the line of the page's source where it begins. Chosen by
/// its extension and confirmed by its bytes: a PDF or a Word file under the name is refused with the
/// name it should have, and a "page" without a tag is read as the plain text it is.
/// </summary>
public sealed class HtmlReader : ISourceReader
{
    public string Format => "html";

    public bool Accepts(ReportSource source) => SourceFormats.FromPath(source.Path) == SourceFormat.Html;

    public IngestedReport Read(ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = source.Bytes.ToArray();
        if (bytes.Length == 0)
        {
            throw new InputRejectedException("the file is empty");
        }

        if (SourceFormats.Sniff(bytes) is not null || FileSignature.Describe(source.Bytes) is { Extension: null } && !LooksLikeText(bytes))
        {
            throw FileSignature.NotA("a web page", source.Bytes);
        }

        string? declared = null;
        var archive = MhtmlArchive.Is(bytes);
        if (archive)
        {
            (bytes, declared) = MhtmlArchive.MainPage(bytes);
        }

        var decoded = HtmlCharset.Decode(bytes, declared);
        if (!HasMarkup(decoded.Text))
        {
            // Saved as text under a page's name: its lines are the text's.
            return ReportReader.Clean(decoded.Text, decoded.EncodingName, decoded.Diagnostics);
        }

        var document = HtmlParser.Parse(decoded.Text);
        var (lines, body) = HtmlArticle.Read(document);
        if (lines.Count == 0)
        {
            throw new InputRejectedException("the web page has no text (a page drawn by its scripts saves none: save it from the browser after it has loaded, as .mhtml)");
        }

        var readAs = $"{(archive ? "web archive" : "web page")} ({decoded.EncodingName}), article {body}";
        return ReportReader.CleanLines(lines, decoded.Text, readAs, decoded.Diagnostics, SourceFormat.Html, SourceMap.TextLines);
    }

    /// <summary>Markup: an element of a page's (html, body, p, div, br…) — not a stray &lt; of prose.</summary>
    private static bool HasMarkup(string text) =>
        text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.Contains("<body", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<p", StringComparison.OrdinalIgnoreCase) || text.Contains("<div", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<br", StringComparison.OrdinalIgnoreCase) || text.Contains("<!doctype", StringComparison.OrdinalIgnoreCase);

    /// <summary>Bytes that no signature names: text unless they hold NUL bytes outside UTF-16.</summary>
    private static bool LooksLikeText(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 4096)).IndexOf((byte)0) < 0
        || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
}
