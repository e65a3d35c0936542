using System.Text;
using EcoBrief.Outline;

namespace EcoBrief.Ingest.Pdf;

/// <summary>
/// A PDF's lines → paragraphs, as a reader of the page joins them. A line continues into the next when
/// it fills its column's measure (what the next line starts with — a character and the punctuation that
/// may not start a line, a Latin word — would not have fitted after it) and the next does not start a
/// paragraph: it is not indented, starts no numbered heading (一、, （一）, 1., （1）), is printed in the
/// same size, and stands at the usual distance below (a page or column break between them is no break
/// of the paragraph). A full line that ends a sentence (。！？；：) is where the page cannot tell: where
/// the document indents its paragraphs, the next line's indent says; where it does not (a text file
/// printed as it is), the document's own habit says — how often, where the page does show it, a
/// sentence of that kind (a short lead such as 推动平台通道升级扩能。, or another) starts a paragraph
/// rather than going on in one (<see cref="Layout"/>). A dash that leads an indicator paragraph (——)
/// and the address 各位代表 always start one; a short line without a stop after it is a heading.
/// </summary>
internal static class ParagraphJoiner
{
    /// <summary>The slack, in ems, beyond the width of what the next line starts with, within which a line that fills the measure ends.</summary>
    private const double FullLine = 0.35;

    /// <summary>How far in, in ems, a first line is indented.</summary>
    private const double Indent = 1.0;

    /// <summary>A lead sentence (推动平台通道升级扩能。) is this short, in characters.</summary>
    private const int LeadLength = 16;

    /// <summary>Parallel paragraphs start alike in this many characters (这五年, 我们坚持).</summary>
    private const int OpeningLength = 3;

    /// <summary>What starts the sentence after a sentence's end.</summary>
    private enum Opening
    {
        /// <summary>一是, 第一，, ①: an enumeration, inside a paragraph or at the head of one, as the document does it.</summary>
        Enumeration,

        /// <summary>What two or more of the paragraphs the page shows starting start with.</summary>
        Parallel,

        /// <summary>A short sentence (a lead).</summary>
        Lead,

        /// <summary>Any other.</summary>
        Other,

        /// <summary>Not seen whole (the line ends first).</summary>
        Unknown,
    }

    public static List<SourceLine> Join(IReadOnlyList<PdfTextLine> lines)
    {
        var layout = new Layout(lines);
        var result = new List<SourceLine>();
        var i = 0;
        while (i < lines.Count)
        {
            var text = new StringBuilder(lines[i].Text);
            var joined = new List<JoinedLine>();
            var j = i + 1;
            while (j < lines.Count && layout.Continues(lines[j - 1], lines[j]))
            {
                if (NeedsSpace(text[^1], lines[j].Text[0]))
                {
                    text.Append(' ');
                }

                joined.Add(new JoinedLine(text.Length, lines[j].Number));
                text.Append(lines[j].Text);
                j++;
            }

            result.Add(new SourceLine(text.ToString(), lines[i].Number) { Joined = joined });
            i = j;
        }

        return result;
    }

    /// <summary>
    /// A numbered heading's marker: 一、, （一）, 1., （1）. The enumerations of a paragraph (一是, 第一，, ①)
    /// fall at the start of a line as often as anywhere, and do not end the line before them.
    /// </summary>
    private static bool StartsHeading(string text) =>
        Marker.Detect(text)?.Style is NumberingStyle.ChineseComma or NumberingStyle.ParenChinese or NumberingStyle.ArabicDot or NumberingStyle.ParenArabic;

    /// <summary>What in the genre only starts a paragraph: a dash that leads an indicator paragraph or a heading (——经济运行稳中有升), the address to the deputies (各位代表).</summary>
    private static bool OpensParagraph(string text) =>
        text.StartsWith("——", StringComparison.Ordinal) || text.StartsWith("各位代表", StringComparison.Ordinal);

    /// <summary>Latin words and numbers broken across lines were apart; Chinese text runs on.</summary>
    private static bool NeedsSpace(char end, char start) => char.IsAsciiLetterOrDigit(end) && char.IsAsciiLetterOrDigit(start);

    /// <summary>A sentence's end: 。！？；：…, and a closing quote or bracket after one.</summary>
    private static bool EndsSentence(string text)
    {
        var end = text.Length - 1;
        while (end > 0 && IsClosing(text[end]))
        {
            end--;
        }

        return text[end] is '。' or '！' or '？' or '；' or '：' or '…' or '!' or '?';
    }

    /// <summary>Ends as a paragraph's last line may: a sentence's end, or a comma-like mark (the paragraph goes on).</summary>
    private static bool EndsLikeProse(string text) => EndsSentence(text) || text[^1] is '，' or '、' or ',' or '；';

    private static bool IsClosing(char c) => c is '”' or '’' or '」' or '』' or '）' or '》' or ')';

    private static bool IsStop(char c) => c is '。' or '！' or '？' or '!' or '?';

    /// <summary>Whether the sentence that starts at <paramref name="start"/> of <paramref name="text"/> is a short lead (it stops within <see cref="LeadLength"/> characters); null when the line ends first.</summary>
    private static bool? IsLead(string text, int start)
    {
        for (var i = start; i < text.Length && i <= start + LeadLength; i++)
        {
            if (IsStop(text[i]))
            {
                return true;
            }
        }

        return text.Length - start > LeadLength ? false : null;
    }

    private static double Quantile(IEnumerable<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)(q * (sorted.Count - 1)), 0, sorted.Count - 1)];
    }

    /// <summary>What the document's pages show of its layout: its columns' edges, its line pitch, whether it indents, and its habits at a sentence's end.</summary>
    private sealed class Layout
    {
        private readonly Dictionary<(int Page, int Column), (double Left, double Right)> _measures = [];
        private readonly double _pitch;
        private readonly bool _indents;

        /// <summary>At a sentence's end seen on the page, by the <see cref="Opening"/> of the sentence after it: how many ended their paragraph, how many went on in it.</summary>
        private readonly (int Ends, int Inside)[] _habits = new (int, int)[4];

        /// <summary>How paragraphs the page shows starting start (their first three characters), where two or more start alike (这五年, 我们坚持): parallel paragraphs.</summary>
        private readonly HashSet<string> _openings = new(StringComparer.Ordinal);

        public Layout(IReadOnlyList<PdfTextLine> lines)
        {
            var byColumn = lines.GroupBy(l => l.Column).ToDictionary(g => g.Key, g => (Left: Quantile(g.Select(l => l.X0), 0.2), Right: Quantile(g.Select(l => l.X1), 0.8)));
            foreach (var group in lines.GroupBy(l => (l.Page, l.Column)))
            {
                var list = group.ToList();
                _measures[group.Key] = list.Count >= 5
                    ? (Quantile(list.Select(l => l.X0), 0.2), Quantile(list.Select(l => l.X1), 0.8))
                    : byColumn[group.Key.Column];
            }

            _pitch = Pitch(lines);
            _indents = UsesIndents(lines);
            Openings(lines);
            Learn(lines);
        }

        private double Right(PdfTextLine line) => _measures[(line.Page, line.Column)].Right;

        private double Left(PdfTextLine line) => _measures[(line.Page, line.Column)].Left;

        /// <summary>Whether <paramref name="line"/> ends short of its measure, by more than a few characters: the end of a paragraph for sure.</summary>
        private bool IsShort(PdfTextLine line) => line.X1 < Right(line) - (3 * line.Size);

        public bool Continues(PdfTextLine line, PdfTextLine next)
        {
            if (StartsHeading(next.Text) || Math.Abs(next.Size - line.Size) > 0.2 * line.Size)
            {
                return false;
            }

            if (next.Page == line.Page && next.Column == line.Column && line.Y - next.Y > 1.6 * _pitch * line.Size)
            {
                return false;
            }

            // Full: what the next line starts with would not have fitted after it.
            if (Right(line) - line.X1 > next.LeadWidth + (FullLine * line.Size))
            {
                return false;
            }

            if (next.X0 - Left(next) >= Indent * next.Size)
            {
                return false;
            }

            if (_indents || !EndsSentence(line.Text))
            {
                return true;
            }

            // A full line that ends a sentence: the page cannot tell.
            if (OpensParagraph(next.Text) || (IsShort(next) && !EndsLikeProse(next.Text)))
            {
                return false;
            }

            var kind = KindOf(next.Text, 0);
            var (ends, inside) = _habits[(int)(kind == Opening.Unknown ? Opening.Other : kind)];
            return ends <= inside;
        }

        /// <summary>
        /// Counts, at each sentence's end the page shows as such, what follows: a stop with text after it on
        /// its line goes on in its paragraph; a line that stops short of its measure ends one. A full line
        /// falls at a sentence's end as it falls, so the document's own rates decide where it cannot be seen.
        /// </summary>
        private void Learn(IReadOnlyList<PdfTextLine> lines)
        {
            for (var n = 0; n < lines.Count; n++)
            {
                var text = lines[n].Text;
                for (var i = 0; i < text.Length - 1; i++)
                {
                    if (!IsStop(text[i]))
                    {
                        continue;
                    }

                    var start = i + 1;
                    while (start < text.Length && IsClosing(text[start]))
                    {
                        start++;
                    }

                    if (start < text.Length && KindOf(text, start) is var kind and not Opening.Unknown)
                    {
                        _habits[(int)kind].Inside++;
                    }
                }

                if (n + 1 < lines.Count && IsShort(lines[n]) && EndsSentence(text) && KindOf(lines[n + 1].Text, 0) is var next and not Opening.Unknown)
                {
                    _habits[(int)next].Ends++;
                }
            }
        }

        /// <summary>The openings of the paragraphs the page shows starting (after a line that stops short), kept where two or more share one.</summary>
        private void Openings(IReadOnlyList<PdfTextLine> lines)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var n = 1; n < lines.Count; n++)
            {
                if (IsShort(lines[n - 1]) && EndsSentence(lines[n - 1].Text) && lines[n].Text.Length >= OpeningLength)
                {
                    var opening = lines[n].Text[..OpeningLength];
                    counts[opening] = counts.GetValueOrDefault(opening) + 1;
                }
            }

            _openings.UnionWith(counts.Where(c => c.Value >= 2).Select(c => c.Key));
        }

        /// <summary>What kind of sentence starts at <paramref name="start"/>: an enumeration, a parallel opening, a short lead, or another.</summary>
        private Opening KindOf(string text, int start)
        {
            if (Marker.Detect(text[start..])?.Style is NumberingStyle.Enumeration or NumberingStyle.Ordinal or NumberingStyle.Circled)
            {
                return Opening.Enumeration;
            }

            if (text.Length - start >= OpeningLength && _openings.Contains(text.Substring(start, OpeningLength)))
            {
                return Opening.Parallel;
            }

            return IsLead(text, start) switch
            {
                true => Opening.Lead,
                false => Opening.Other,
                null => Opening.Unknown,
            };
        }

        /// <summary>The usual distance between a line and the next, in ems of the line's size.</summary>
        private static double Pitch(IReadOnlyList<PdfTextLine> lines)
        {
            var gaps = new List<double>();
            for (var i = 1; i < lines.Count; i++)
            {
                var (a, b) = (lines[i - 1], lines[i]);
                if (a.Page == b.Page && a.Column == b.Column && a.Y > b.Y && a.Size > 0)
                {
                    gaps.Add((a.Y - b.Y) / a.Size);
                }
            }

            return gaps.Count == 0 ? 1.5 : Math.Max(1.0, PageLayout.Median(gaps));
        }

        /// <summary>Whether the document indents its paragraphs: most lines after a line that ends one (short, and stopped) are indented.</summary>
        private bool UsesIndents(IReadOnlyList<PdfTextLine> lines)
        {
            int after = 0, indented = 0;
            for (var i = 1; i < lines.Count; i++)
            {
                var (line, next) = (lines[i - 1], lines[i]);
                if (IsShort(line) && EndsSentence(line.Text))
                {
                    after++;
                    if (next.X0 - Left(next) >= Indent * next.Size)
                    {
                        indented++;
                    }
                }
            }

            return after >= 5 && indented * 10 >= after * 6;
        }
    }
}
