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

    /// <summary>
    /// The lines of <paramref name="pages"/> that are furniture. A running header or footer stands where
    /// it stands on the other pages and is printed as there: a line of the same words elsewhere or
    /// larger (the title under a running header that repeats it) is text.
    /// </summary>
    public static HashSet<PdfTextLine> Find(IReadOnlyList<List<PdfTextLine>> pages)
    {
        var found = new HashSet<PdfTextLine>();
        var tops = new Dictionary<string, List<PdfTextLine>>(StringComparer.Ordinal);
        var bottoms = new Dictionary<string, List<PdfTextLine>>(StringComparer.Ordinal);
        foreach (var lines in pages)
        {
            foreach (var group in Top(lines).GroupBy(Key))
            {
                Add(tops, group.Key, group.First());
            }

            foreach (var group in Bottom(lines).GroupBy(Key))
            {
                Add(bottoms, group.Key, group.First());
            }
        }

        var pagesWithText = pages.Count(p => p.Count > 0);
        bool Recurs(Dictionary<string, List<PdfTextLine>> seen, PdfTextLine line)
        {
            if (!seen.TryGetValue(Key(line), out var all))
            {
                return false;
            }

            // Where and how the line usually stands: the others of its key there count.
            var usual = all.OrderBy(l => l.Y).ElementAt(all.Count / 2);
            var alike = all.Count(l => Alike(l, usual));
            return Alike(line, usual) && alike >= 2 && alike * 4 >= pagesWithText;
        }

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

    private static void Add(Dictionary<string, List<PdfTextLine>> seen, string key, PdfTextLine line)
    {
        if (!seen.TryGetValue(key, out var list))
        {
            seen[key] = list = [];
        }

        list.Add(line);
    }

    /// <summary>Two lines at about the same height of their pages, in about the same size.</summary>
    private static bool Alike(PdfTextLine a, PdfTextLine b) =>
        Math.Abs(a.Y - b.Y) <= Math.Max(a.Size, b.Size) && Math.Abs(a.Size - b.Size) <= 0.2 * Math.Max(a.Size, b.Size);

    private static IEnumerable<PdfTextLine> Top(List<PdfTextLine> lines) => lines.OrderByDescending(l => l.Y).Take(Math.Min(Edge, lines.Count / 2 + 1));

    private static IEnumerable<PdfTextLine> Bottom(List<PdfTextLine> lines) => lines.OrderBy(l => l.Y).Take(Math.Min(Edge, lines.Count / 2 + 1));

    /// <summary>The line as it recurs: its digits (a page number, a date) and its spaces aside.</summary>
    private static string Key(PdfTextLine line) => Digits().Replace(line.Text, "#").Replace(" ", string.Empty, StringComparison.Ordinal);
}
