using System.Text.RegularExpressions;

namespace EcoBrief.Ingest.Pdf;

/// <summary>
/// The lines a page prints around its text rather than as it: page numbers (<c>— 3 —</c>, <c>- 3 -</c>,
/// <c>第3页</c>, <c>第 3 页 共 30 页</c>, <c>3/30</c>) at the top or the bottom of a page, and running
/// headers and footers — a line among a page's first two or last two that recurs, digits aside, at the
/// same end of at least two pages and a quarter of them.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>How many lines at each end of a page may be furniture.</summary>
    private const int Edge = 2;

    [GeneratedRegex(@"^[\s\-‐‑‒–—―－~～·•]*[0-9０-９]{1,4}[\s\-‐‑‒–—―－~～·•]*$|^第\s*[0-9０-９]{1,4}\s*页(?:\s*[，,/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?$|^共\s*[0-9０-９]{1,4}\s*页\s*[，,]?\s*第\s*[0-9０-９]{1,4}\s*页$|^[0-9]{1,4}\s*[/／]\s*[0-9]{1,4}$|^(?:Page|PAGE|page|P\.)\s*[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"[0-9０-９]+")]
    private static partial Regex Digits();

    /// <summary>Whether <paramref name="text"/> is a page number as pages print them.</summary>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    /// <summary>The lines of <paramref name="pages"/> that are furniture.</summary>
    public static HashSet<PdfTextLine> Find(IReadOnlyList<List<PdfTextLine>> pages)
    {
        var found = new HashSet<PdfTextLine>();
        var tops = new Dictionary<string, int>(StringComparer.Ordinal);
        var bottoms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var lines in pages)
        {
            foreach (var key in Top(lines).Select(Key).Distinct())
            {
                tops[key] = tops.GetValueOrDefault(key) + 1;
            }

            foreach (var key in Bottom(lines).Select(Key).Distinct())
            {
                bottoms[key] = bottoms.GetValueOrDefault(key) + 1;
            }
        }

        var pagesWithText = pages.Count(p => p.Count > 0);
        bool Recurs(Dictionary<string, int> counts, PdfTextLine line) =>
            counts.TryGetValue(Key(line), out var n) && n >= 2 && n * 4 >= pagesWithText;

        foreach (var lines in pages)
        {
            foreach (var line in Top(lines))
            {
                if (IsPageNumber(line.Text) || Recurs(tops, line))
                {
                    found.Add(line);
                }
            }

            foreach (var line in Bottom(lines))
            {
                if (IsPageNumber(line.Text) || Recurs(bottoms, line))
                {
                    found.Add(line);
                }
            }
        }

        return found;
    }

    private static IEnumerable<PdfTextLine> Top(List<PdfTextLine> lines) => lines.OrderByDescending(l => l.Y).Take(Math.Min(Edge, lines.Count / 2 + 1));

    private static IEnumerable<PdfTextLine> Bottom(List<PdfTextLine> lines) => lines.OrderBy(l => l.Y).Take(Math.Min(Edge, lines.Count / 2 + 1));

    /// <summary>The line as it recurs: its digits (a page number, a date) and its spaces aside.</summary>
    private static string Key(PdfTextLine line) => Digits().Replace(line.Text, "#").Replace(" ", string.Empty, StringComparison.Ordinal);
}
