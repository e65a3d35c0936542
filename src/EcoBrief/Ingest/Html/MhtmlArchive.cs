using System.Text;
using System.Text.RegularExpressions;
using EcoBrief.Diagnostics;

namespace EcoBrief.Ingest.Html;

/// <summary>
/// A web page saved as one file (<c>.mhtml</c>, <c>.mht</c>: MIME, RFC 2557, as Chrome, Edge and
/// Internet Explorer write it): its main page is the first <c>text/html</c> part (the part at the
/// archive's <c>Snapshot-Content-Location</c> where it names one), decoded from its transfer encoding
/// (quoted-printable, base64, or none), with the charset its <c>Content-Type</c> names. Pictures,
/// styles and frames are other parts and are not read. Parts nest in <c>multipart/*</c> at most
/// <see cref="MaxNesting"/> deep; a decoded part is never larger than its encoded form.
/// </summary>
internal static partial class MhtmlArchive
{
    private const int MaxNesting = 4;

    [GeneratedRegex(@"boundary\s*=\s*(?:""(?<b>[^""]+)""|(?<b>[^;\s]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    /// <summary>Whether <paramref name="bytes"/> open as a MIME message (a header line of MIME-Version, From, Content-Type…).</summary>
    public static bool Is(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]).TrimStart('\uFEFF', '\uFFFE', 'ï', '»', '¿', ' ', '\r', '\n', '\t');
        return head.StartsWith("MIME-Version:", StringComparison.OrdinalIgnoreCase)
            || ((head.StartsWith("From:", StringComparison.OrdinalIgnoreCase) || head.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase)
                || head.StartsWith("Snapshot-Content-Location:", StringComparison.OrdinalIgnoreCase) || head.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase)
                || head.StartsWith("Date:", StringComparison.OrdinalIgnoreCase))
                && head.Contains("Content-Type:", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The archive's main page: its bytes and the charset its part names (null when none).</summary>
    /// <exception cref="InputRejectedException">The archive holds no HTML page, or is damaged.</exception>
    public static (byte[] Html, string? Charset) MainPage(byte[] archive)
    {
        var (headers, bodyStart) = Headers(archive, 0);
        var location = headers.GetValueOrDefault("snapshot-content-location");
        var page = Find(archive, headers, bodyStart, archive.Length, location, 0)
            ?? throw new InputRejectedException("the web archive (.mhtml) holds no HTML page");
        return page;
    }

    private static (byte[] Html, string? Charset)? Find(byte[] data, Dictionary<string, string> headers, int start, int end, string? location, int depth)
    {
        var type = headers.GetValueOrDefault("content-type") ?? "text/plain";
        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            if (depth >= MaxNesting || Boundary().Match(type) is not { Success: true } b)
            {
                return null;
            }

            var parts = Parts(data, start, end, b.Groups["b"].Value);
            var pages = new List<(Dictionary<string, string> Headers, int Start, int End)>();
            foreach (var (partStart, partEnd) in parts)
            {
                var (partHeaders, partBody) = Headers(data, partStart);
                pages.Add((partHeaders, Math.Min(partBody, partEnd), partEnd));
            }

            // The page at the snapshot's location first, then the others in order.
            foreach (var (h, s, e) in pages.OrderBy(p => location is not null && p.Headers.GetValueOrDefault("content-location") == location ? 0 : 1))
            {
                if (Find(data, h, s, e, location, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (!type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var body = data.AsSpan(start, end - start);
        var decoded = (headers.GetValueOrDefault("content-transfer-encoding") ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "quoted-printable" => QuotedPrintable(body),
            "base64" => Base64(body),
            _ => body.ToArray(),
        };
        return (decoded, HtmlCharset.FromContentType(type));
    }

    /// <summary>The header fields from <paramref name="at"/> to the blank line (names in lower case, folded lines unfolded), and where the body starts.</summary>
    private static (Dictionary<string, string> Headers, int BodyStart) Headers(byte[] data, int at)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        string? last = null;
        var i = at;
        while (i < data.Length)
        {
            var eol = Array.IndexOf(data, (byte)'\n', i);
            var next = eol < 0 ? data.Length : eol + 1;
            var line = Encoding.Latin1.GetString(data, i, (eol < 0 ? data.Length : eol) - i).TrimEnd('\r');
            i = next;
            if (line.Length == 0)
            {
                if (headers.Count == 0)
                {
                    // Blank lines before the first field.
                    continue;
                }

                break;
            }

            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                // No header at all: the body starts here.
                return (headers, at);
            }

            last = line[..colon].Trim().ToLowerInvariant();
            headers[last] = line[(colon + 1)..].Trim();
        }

        return (headers, i);
    }

    /// <summary>The parts between <c>--boundary</c> lines (each from after its boundary line to before the next's line break).</summary>
    private static List<(int Start, int End)> Parts(byte[] data, int start, int end, string boundary)
    {
        var marker = Encoding.Latin1.GetBytes("--" + boundary);
        var parts = new List<(int, int)>();
        var span = data.AsSpan(0, end);
        var from = start;
        var partStart = -1;
        while (from < end)
        {
            var found = span[from..].IndexOf(marker);
            if (found < 0)
            {
                break;
            }

            var at = from + found;
            // A boundary stands at the start of a line.
            if (at > 0 && data[at - 1] != '\n')
            {
                from = at + marker.Length;
                continue;
            }

            if (partStart >= 0)
            {
                var partEnd = at;
                partEnd -= partEnd > partStart && data[partEnd - 1] == '\n' ? 1 : 0;
                partEnd -= partEnd > partStart && data[partEnd - 1] == '\r' ? 1 : 0;
                parts.Add((partStart, partEnd));
            }

            var after = at + marker.Length;
            if (after + 1 < end && data[after] == '-' && data[after + 1] == '-')
            {
                return parts;
            }

            var eol = Array.IndexOf(data, (byte)'\n', after, end - after);
            partStart = eol < 0 ? end : eol + 1;
            from = partStart;
        }

        if (partStart >= 0 && partStart < end)
        {
            // No closing boundary (a file cut short): the last part runs to the end.
            parts.Add((partStart, end));
        }

        return parts;
    }

    private static byte[] QuotedPrintable(ReadOnlySpan<byte> body)
    {
        var result = new byte[body.Length];
        var n = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b != '=')
            {
                result[n++] = b;
                continue;
            }

            if (i + 1 < body.Length && body[i + 1] == '\n')
            {
                i++;
            }
            else if (i + 2 < body.Length && body[i + 1] == '\r' && body[i + 2] == '\n')
            {
                i += 2;
            }
            else if (i + 2 < body.Length && Hex(body[i + 1]) is { } high && Hex(body[i + 2]) is { } low)
            {
                result[n++] = (byte)((high << 4) | low);
                i += 2;
            }
            else
            {
                result[n++] = b;
            }
        }

        return result[..n];
    }

    private static int? Hex(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => null,
    };

    private static byte[] Base64(ReadOnlySpan<byte> body)
    {
        var clean = new char[body.Length];
        var n = 0;
        foreach (var b in body)
        {
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'/' or (byte)'=')
            {
                clean[n++] = (char)b;
            }
        }

        var text = new string(clean, 0, n - (n % 4));
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException e)
        {
            throw new InputRejectedException("the web archive (.mhtml) is damaged: its page is not valid base64", e);
        }
    }
}
