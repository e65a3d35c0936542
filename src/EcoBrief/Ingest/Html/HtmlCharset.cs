using System.Text;
using System.Text.RegularExpressions;

namespace EcoBrief.Ingest.Html;

/// <summary>
/// A page's bytes → its text, in the encoding it says it is in (the HTML standard's order, §13.2.3.2):
/// a byte order mark; the charset its archive's part names (<c>Content-Type: text/html; charset=…</c>);
/// the charset its first 1,024 bytes declare in a meta tag (<c>&lt;meta charset="gb2312"&gt;</c>,
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=gbk"&gt;</c>); else what the bytes
/// are (<see cref="TextDecoder"/>: UTF-8, UTF-16, GB18030). A page whose bytes are valid UTF-8 is read as
/// UTF-8 whatever it declares (a page saved again keeps its old meta tag). GB2312 and GBK are read as GB18030, their
/// superset, as browsers do (the Encoding Standard's labels), and ISO-8859-1 as windows-1252.
/// </summary>
internal static partial class HtmlCharset
{
    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<name>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();

    /// <summary>The charset a Content-Type value names (<c>text/html; charset="gbk"</c>), or null.</summary>
    public static string? FromContentType(string? contentType) =>
        contentType is not null && ContentTypeCharset().Match(contentType) is { Success: true } m ? m.Groups["name"].Value : null;

    /// <summary>The charset a meta tag in the first 1,024 bytes declares, or null.</summary>
    public static string? FromMeta(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return MetaCharset().Match(head) is { Success: true } m ? m.Groups["name"].Value : null;
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declared"/> is the archive part's charset, if any.</summary>
    /// <returns>The text and how it was read: <c>GB18030 (meta charset gb2312)</c>.</returns>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declared)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TextDecoder.Decode(bytes);
        }

        foreach (var (name, source) in new[] { (declared, "archive"), (FromMeta(bytes), "meta") })
        {
            if (name is not null && EncodingOf(name) is { } encoding)
            {
                if (encoding.CodePage != Encoding.UTF8.CodePage && bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F) && IsUtf8(bytes))
                {
                    // Saved again as UTF-8 under the old declaration: bytes of another Chinese encoding are almost never valid UTF-8.
                    return new DecodedText(Encoding.UTF8.GetString(bytes), $"UTF-8 (the {source} says {name.ToLowerInvariant()}; the bytes are UTF-8)", []);
                }

                var label = encoding.CodePage == 54936 ? "GB18030" : encoding.WebName.ToUpperInvariant();
                var text = encoding.GetString(bytes);
                return new DecodedText(text, $"{label} ({source} charset {name.ToLowerInvariant()})", []);
            }
        }

        return TextDecoder.Decode(bytes);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>The encoding a charset label names (the Encoding Standard's labels for Chinese), or null when .NET has none by that name.</summary>
    private static Encoding? EncodingOf(string label)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var name = label.Trim().ToLowerInvariant() switch
        {
            "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "chinese" or "csgb2312" or "iso-ir-58" or "cp936" or "ms936" or "windows-936" => "gb18030",
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "big5-hkscs" => "big5",
            var other => other,
        };

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
