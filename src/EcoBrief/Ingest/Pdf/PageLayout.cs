using System.Runtime.InteropServices;
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

        var ink = new List<PdfGlyph>(row.Count);
        var sizes = new double[row.Count];
        double x0 = double.MaxValue, x1 = double.MinValue, y = 0;
        foreach (var g in row)
        {
            if (g.IsSpace)
            {
                continue;
            }

            sizes[ink.Count] = g.Size;
            ink.Add(g);
            x0 = Math.Min(x0, g.X0);
            x1 = Math.Max(x1, g.X1);
            y += g.Y;
        }

        lines.Add(new PdfTextLine
        {
            Text = text,
            Page = page,
            Column = column,
            X0 = x0,
            X1 = x1,
            Y = y / ink.Count,
            Size = Median(sizes.AsSpan(0, ink.Count)),
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
        // By baseline, top first, then along the line; glyphs at one place in the order they were drawn.
        var all = CollectionsMarshal.AsSpan(glyphs);
        var places = new Place[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            places[i] = new Place(-all[i].Y, all[i].X0, i);
        }

        places.AsSpan().Sort(all);
        var rows = new List<List<PdfGlyph>>();
        for (var (start, i) = (0, 1); i <= all.Length; i++)
        {
            if (i < all.Length && Math.Abs(all[start].Y - all[i].Y) <= BaselineTolerance * Math.Min(all[start].Size, all[i].Size))
            {
                continue;
            }

            // A row's glyphs left to right (their baselines differ a little; the first's stands for the row's).
            var row = all[start..i].ToArray();
            var along = new Place[row.Length];
            for (var k = 0; k < row.Length; k++)
            {
                along[k] = new Place(row[k].X0, 0, places[start + k].Order);
            }

            along.AsSpan().Sort(row.AsSpan());
            rows.Add([.. row]);
            start = i;
        }

        return rows;
    }

    /// <summary>Where a glyph stands, for sorting: by <see cref="A"/>, then <see cref="B"/>, then the order it was drawn in.</summary>
    private readonly record struct Place(double A, double B, int Order) : IComparable<Place>
    {
        public int CompareTo(Place other)
        {
            var c = A.CompareTo(other.A);
            if (c != 0)
            {
                return c;
            }

            c = B.CompareTo(other.B);
            return c != 0 ? c : Order.CompareTo(other.Order);
        }
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

        // Whether a glyph of a row crosses x, in log time: a row's glyphs are in order of their starts, so those
        // that start before x are a prefix, and one of them crosses x when the furthest end among them passes it.
        var reach = text.Select(Reach).ToList();
        bool Crosses(int row, double x)
        {
            var (starts, ends) = reach[row];
            var before = Array.BinarySearch(starts, x);
            before = before >= 0 ? FirstAt(starts, before) : ~before;
            return before > 0 && ends[before - 1] > x;
        }

        double? best = null;
        var bestBoth = 0;
        for (var x = left + (0.3 * width); x <= left + (0.7 * width); x += Math.Max(1, width / 200))
        {
            var crossing = 0;
            var both = 0;
            for (var i = 0; i < text.Count; i++)
            {
                var r = text[i];
                if (Crosses(i, x))
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
        var twoColumn = text.Where((r, i) => r[0].X0 < gutter && r[^1].X1 > gutter && !Crosses(i, gutter)).ToList();
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

    /// <summary>
    /// A row's ink glyphs' starts, in order, and the furthest end among each one and those before it: what
    /// <see cref="Gutter"/> asks of every row at every place it tries.
    /// </summary>
    private static (double[] Starts, double[] Ends) Reach(List<PdfGlyph> row)
    {
        var count = 0;
        foreach (var g in row)
        {
            count += g.IsSpace ? 0 : 1;
        }

        var starts = new double[count];
        var ends = new double[count];
        var furthest = double.MinValue;
        var i = 0;
        foreach (var g in row)
        {
            if (!g.IsSpace)
            {
                starts[i] = g.X0;
                furthest = Math.Max(furthest, g.X1);
                ends[i++] = furthest;
            }
        }

        return (starts, ends);
    }

    /// <summary>The first index of the run of values equal to <c>sorted[at]</c>.</summary>
    private static int FirstAt(double[] sorted, int at)
    {
        while (at > 0 && sorted[at - 1] == sorted[at])
        {
            at--;
        }

        return at;
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

        return gaps.Count < 4 ? 0 : Math.Max(0, Median(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(gaps)));
    }

    internal static double Median(IEnumerable<double> values) => Median(values.ToArray().AsSpan());

    /// <summary>The middle value (the upper of the two middle ones), 0 of none; sorts <paramref name="values"/> in place.</summary>
    internal static double Median(Span<double> values)
    {
        values.Sort();
        return values.Length == 0 ? 0 : values[values.Length / 2];
    }
}
