using System.Text;
using EcoBrief.Chinese;

namespace EcoBrief.Ingest.Pdf;

/// <summary>
/// A page's glyphs → its lines of text in reading order: glyphs on one baseline are a row; a page whose
/// rows leave one vertical gutter free across most of the page, with a full half of text on each side,
/// is read column by column (each band of two-column rows its left column, then its right; a row across
/// the gutter, a title, stands alone). Within a line, a space is kept where the page draws one, and
/// put where glyphs stand apart: a fifth of an em between Latin letters or digits, half an em beside a
/// Chinese character (a layout engine spaces 2024 and 年 apart by less; the text has no space there).
/// </summary>
internal static class PageLayout
{
    /// <summary>How far apart, in ems, two baselines may be and still be one row.</summary>
    private const double BaselineTolerance = 0.4;

    public static List<PdfTextLine> Lines(List<PdfGlyph> glyphs, int page)
    {
        var rows = Rows(glyphs);
        var gutter = Gutter(rows);
        var lines = new List<PdfTextLine>(rows.Count);
        if (gutter is not { } g)
        {
            foreach (var row in rows)
            {
                Add(lines, row, page, 0);
            }

            return lines;
        }

        // Bands of rows that keep to their column: the left column's rows, then the right's.
        var band = new List<List<PdfGlyph>>();
        foreach (var row in rows)
        {
            if (row.Any(x => x.X0 < g && x.X1 > g && !x.IsSpace))
            {
                Flush(lines, band, g, page);
                Add(lines, row, page, 0);
            }
            else
            {
                band.Add(row);
            }
        }

        Flush(lines, band, g, page);
        return lines;
    }

    private static void Flush(List<PdfTextLine> lines, List<List<PdfGlyph>> band, double gutter, int page)
    {
        foreach (var row in band)
        {
            Add(lines, [.. row.Where(x => x.X1 <= gutter + 0.01)], page, 1);
        }

        foreach (var row in band)
        {
            Add(lines, [.. row.Where(x => x.X1 > gutter + 0.01)], page, 2);
        }

        band.Clear();
    }

    private static void Add(List<PdfTextLine> lines, List<PdfGlyph> row, int page, int column)
    {
        var text = Text(row);
        if (text.Length == 0)
        {
            return;
        }

        var ink = row.Where(x => !x.IsSpace).ToList();
        lines.Add(new PdfTextLine
        {
            Text = text,
            Page = page,
            Column = column,
            X0 = ink.Min(x => x.X0),
            X1 = ink.Max(x => x.X1),
            Y = ink.Average(x => x.Y),
            Size = Median(ink.Select(x => x.Size)),
            LeadWidth = LeadWidth(ink),
        });
    }

    /// <summary>
    /// The width of the line's first unbreakable piece (<see cref="PdfTextLine.LeadWidth"/>): opening
    /// quotes and brackets with what follows them (they may not end a line), then a Latin word or number,
    /// or one Chinese character, with the punctuation that may not start a line after it.
    /// </summary>
    private static double LeadWidth(List<PdfGlyph> ink)
    {
        var start = ink[0].X0;
        var i = 0;
        while (i < ink.Count - 1 && NoLineEnd(ink[i].Text[0]) && ink[i + 1].X0 - ink[i].X1 < 0.2 * ink[i].Size)
        {
            i++;
        }

        var end = ink[i].X1;
        var latin = !CjkChar.IsCjk(ink[i].Text[0]);
        for (i++; i < ink.Count; i++)
        {
            var g = ink[i];
            var c = g.Text[0];
            var joins = (latin ? !CjkChar.IsCjk(c) || NoLineStart(c) : NoLineStart(c)) && g.X0 - end < 0.2 * g.Size;
            if (!joins)
            {
                break;
            }

            end = g.X1;
        }

        return end - start;
    }

    /// <summary>Opening quotes and brackets, which may not end a line (clreq §3.1.7).</summary>
    private static bool NoLineEnd(char c) => c is '“' or '‘' or '（' or '《' or '〈' or '「' or '『' or '【' or '〔' or '(' or '[';

    /// <summary>Punctuation that may not start a line (clreq §3.1.7): a break before it moves the character before it down too.</summary>
    private static bool NoLineStart(char c) => c is '，' or '。' or '、' or '；' or '：' or '？' or '！' or '）' or '」' or '』' or '》' or '〉' or '”' or '’' or '…' or '—' or '〕' or '】' or ',' or '.' or ';' or ':' or ')' or '%' or '％';

    /// <summary>The glyphs in rows by baseline, top row first, each row left to right.</summary>
    private static List<List<PdfGlyph>> Rows(List<PdfGlyph> glyphs)
    {
        glyphs.Sort(static (a, b) => b.Y != a.Y ? b.Y.CompareTo(a.Y) : a.X0.CompareTo(b.X0));
        var rows = new List<List<PdfGlyph>>();
        List<PdfGlyph>? row = null;
        double y = 0, size = 0;
        foreach (var g in glyphs)
        {
            if (row is not null && Math.Abs(y - g.Y) <= BaselineTolerance * Math.Min(size, g.Size))
            {
                row.Add(g);
                continue;
            }

            row = [g];
            rows.Add(row);
            (y, size) = (g.Y, g.Size);
        }

        foreach (var r in rows)
        {
            r.Sort(static (a, b) => a.X0.CompareTo(b.X0));
        }

        return rows;
    }

    /// <summary>
    /// The x of a gutter that splits the page into two columns, or null: a position in the middle of the
    /// text that no glyph of most rows crosses, with text on both sides of it in most rows, each side's
    /// rows filling most of their half (a table of short cells is no pair of columns).
    /// </summary>
    private static double? Gutter(List<List<PdfGlyph>> rows)
    {
        var text = rows.Where(r => r.Count(x => !x.IsSpace) >= 2).ToList();
        if (text.Count < 6)
        {
            return null;
        }

        var left = text.Min(r => r[0].X0);
        var right = text.Max(r => r[^1].X1);
        var width = right - left;
        if (width <= 0)
        {
            return null;
        }

        double? best = null;
        var bestBoth = 0;
        for (var x = left + (0.3 * width); x <= left + (0.7 * width); x += Math.Max(1, width / 200))
        {
            var crossing = 0;
            var both = 0;
            foreach (var r in text)
            {
                if (r.Any(g => g.X0 < x && g.X1 > x && !g.IsSpace))
                {
                    crossing++;
                }
                else if (r[0].X0 < x && r[^1].X1 > x)
                {
                    both++;
                }
            }

            if (crossing <= text.Count / 5 && both > bestBoth)
            {
                (best, bestBoth) = (x, both);
            }
        }

        if (best is not { } gutter || bestBoth < 3 || bestBoth < text.Count * 2 / 5)
        {
            return null;
        }

        // The free band around it: from the right end of the left parts to the start of the right parts.
        var twoColumn = text.Where(r => r[0].X0 < gutter && r[^1].X1 > gutter && !r.Any(g => g.X0 < gutter && g.X1 > gutter && !g.IsSpace)).ToList();
        var leftEnd = twoColumn.Max(r => r.Where(g => g.X1 <= gutter && !g.IsSpace).Select(g => g.X1).DefaultIfEmpty(left).Max());
        var rightStart = twoColumn.Min(r => r.Where(g => g.X0 >= gutter && !g.IsSpace).Select(g => g.X0).DefaultIfEmpty(right).Min());
        var em = Median(twoColumn.SelectMany(r => r).Select(g => g.Size));
        if (rightStart - leftEnd < 0.8 * em)
        {
            return null;
        }

        // Columns of text fill their halves; a table's cells do not.
        var leftFill = Median(twoColumn.Select(r => r.Where(g => g.X1 <= gutter).Select(g => g.X1).DefaultIfEmpty(left).Max() - left));
        var rightFill = Median(twoColumn.Select(r => r[^1].X1 - rightStart));
        return leftFill >= 0.6 * (leftEnd - left) && rightFill >= 0.6 * (right - rightStart) ? (leftEnd + rightStart) / 2 : null;
    }

    /// <summary>The text of a row of glyphs, left to right.</summary>
    internal static string Text(IReadOnlyList<PdfGlyph> row)
    {
        var sb = new StringBuilder(row.Count);
        PdfGlyph? previous = null;
        var space = false;
        var spread = Spread(row);
        foreach (var g in row)
        {
            if (g.IsSpace)
            {
                space = previous is not null;
                continue;
            }

            if (previous is { } p)
            {
                // A glyph drawn twice over itself (bold by overprinting, a shadow) is one.
                if (g.Text == p.Text && Math.Abs(g.X0 - p.X0) < 0.15 * p.Size)
                {
                    continue;
                }

                var gap = g.X0 - p.X1 - spread;
                var wide = CjkChar.IsCjk(p.Text[^1]) || CjkChar.IsCjk(g.Text[0]);
                if (space || gap > (wide ? 0.5 : 0.2) * Math.Max(p.Size, g.Size))
                {
                    sb.Append(' ');
                }
            }

            sb.Append(g.Text);
            previous = g;
            space = false;
        }

        return sb.ToString();
    }

    /// <summary>
    /// What a justified line adds between every two glyphs (the median gap between neighbours, at least
    /// 0): a layout engine that fills the measure spreads digits and letters too (7 7 . 8 %), and only a gap
    /// wider than that spread is a space.
    /// </summary>
    private static double Spread(IReadOnlyList<PdfGlyph> row)
    {
        var gaps = new List<double>(row.Count);
        PdfGlyph? previous = null;
        foreach (var g in row)
        {
            if (g.IsSpace)
            {
                previous = null;
                continue;
            }

            if (previous is { } p)
            {
                gaps.Add(g.X0 - p.X1);
            }

            previous = g;
        }

        return gaps.Count < 4 ? 0 : Math.Max(0, Median(gaps));
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
