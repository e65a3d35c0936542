using System.Text;
using EcoBrief.Outline;

namespace EcoBrief.Ingest.Pdf;

/// <summary>
/// A PDF's lines → paragraphs, as a reader of the page joins them. A line continues into the next when
/// it fills its column's measure (what the next line starts with — a character and the punctuation that
/// may not start a line, a Latin word — would not have fitted after it) and the next does not start a
/// paragraph: it is not indented, starts no numbered heading (一、, （一）, 1., （1）; unless the full line
/// before broke mid-phrase), is printed in the same size, and stands at the usual distance below (a page
/// or column break between them is no break of the paragraph). A title or subtitle set apart (another
/// size, centred) over two lines is one line. A full line that ends a sentence (。！？；：) is where the
/// measure cannot tell: where the document indents its paragraphs, the next line's indent says; where
/// what the next line starts with would have fitted exactly after it (against the furthest a full line's
/// glyphs reach, not the measure's slack), it was ended; a dash that leads an indicator paragraph (——)
/// and the address 各位代表 always start one, a short line without a stop after it is a heading; an
/// enumeration goes on as it went (五是 starts a paragraph where 四是 did; a paragraph that opens with 二是
/// runs to the one that opens with 三是, and its last item is one paragraph where the page shows each item
/// before it as one); a list's item opens as its other items do (where each opens with a paragraph of n
/// sentences the page shows whole, this one's first paragraph ends after n); otherwise the document's own
/// rates decide (<see cref="Layout"/>): how often, where the page does show it, a sentence of that kind —
/// alone on its line, opening as the paragraph did (这五年…), a short lead (a task in a few words, then its stop),
/// an enumeration, another — starts a paragraph rather than going on in one, and how likely a paragraph
/// of its length is to end at a sentence's end (the hazard, here and at the next end the page shows).
/// </summary>
internal static class ParagraphJoiner
{
    /// <summary>The slack, in ems, beyond the width of what the next line starts with, within which a line that fills the measure ends.</summary>
    private const double FullLine = 0.35;

    /// <summary>How far in, in ems, a first line is indented.</summary>
    private const double Indent = 1.0;

    /// <summary>A lead sentence (a task named in a few words, then its stop) is this short, in characters.</summary>
    private const int LeadLength = 16;

    /// <summary>Parallel paragraphs start alike in this many characters (这五年, 我们坚持).</summary>
    private const int OpeningLength = 3;

    /// <summary>The sentences that meet at a sentence's end: the paragraph's opening is known, the sentence after may be seen whole.</summary>
    private enum Opening
    {
        /// <summary>The sentence after is all that is left of its paragraph: one sentence, on a line that stops short.</summary>
        Alone,

        /// <summary>The sentence after opens as the paragraph did (这五年…, 我们…): in its first two characters.</summary>
        Like,

        /// <summary>一是, 第一，, ①: an enumeration, inside a paragraph or at the head of one, as the document does it.</summary>
        Enumeration,

        /// <summary>What two or more of the paragraphs the page shows starting start with.</summary>
        Parallel,

        /// <summary>A short sentence without a figure in it (a lead: a task named in a few words).</summary>
        Lead,

        /// <summary>Any other.</summary>
        Other,
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
            while (j < lines.Count && layout.Continues(lines, i, j, text))
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

    /// <summary>How many lines an item of a list is looked through, at most.</summary>
    private const int MaxItemLines = 200;

    /// <summary>How many lines on the next paragraph end the page shows is looked for (a paragraph of a report is a few dozen lines at most).</summary>
    private const int MaxLookahead = 200;

    /// <summary>How many sentences' ends ahead are weighed, at most (a paragraph of a report has a few dozen).</summary>
    private const int MaxStops = 100;

    /// <summary>How many items of a list are looked at, each way, for what its items do.</summary>
    private const int MaxItems = 50;

    /// <summary>The sentences of a text: its stops (。！？).</summary>
    private static int Sentences(string text) => text.AsSpan().Count('。') + text.AsSpan().Count('！') + text.AsSpan().Count('？') + text.AsSpan().Count('!') + text.AsSpan().Count('?');

    /// <summary>How many sentence ends of a kind the page must show before its rate decides.</summary>
    private const int Evidence = 3;

    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create("。！？；!?");

    /// <summary>How a paragraph opens, for <see cref="Opening.Like"/>: its first two characters when both are Chinese (这五, 我们), else nothing.</summary>
    private static string OpeningOf(string text) =>
        text.Length >= 2 && EcoBrief.Chinese.CjkChar.IsCjk(text[0]) && EcoBrief.Chinese.CjkChar.IsCjk(text[1]) && Marker.Detect(text) is null ? text[..2] : string.Empty;


    private static string OpeningOf(StringBuilder paragraph) => OpeningOf(paragraph.ToString(0, Math.Min(paragraph.Length, 8)));

    /// <summary>Whether the sentence at <paramref name="start"/> states a figure (a digit before its stop): a result, not a lead.</summary>
    private static bool HasFigure(string text, int start)
    {
        for (var i = start; i < text.Length && !IsStop(text[i]); i++)
        {
            if (char.IsDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the document's pages show of its layout: its columns' edges, its line pitch, whether it indents, and its habits at a sentence's end.</summary>
    private sealed class Layout
    {
        private readonly Dictionary<(int Page, int Column), (double Left, double Right)> _measures = [];

        /// <summary>Per page and column, how far a line's glyphs may reach (<see cref="Box"/>): what would have fitted at a line's end is judged against it.</summary>
        private readonly Dictionary<(int Page, int Column), double> _boxes = [];
        private readonly double _pitch;

        /// <summary>The size most of the text is set in.</summary>
        private readonly double _bodySize;
        private readonly bool _indents;

        /// <summary>At a sentence's end seen on the page, by the <see cref="Opening"/> of the sentence after it: how many ended their paragraph, how many went on in it.</summary>
        private readonly (int Ends, int Inside)[] _habits = new (int, int)[6];

        /// <summary>Every sentence's end the page shows as such: how long its paragraph had grown there (in characters), and whether the paragraph ended.</summary>
        private readonly List<(int Length, bool End)> _lengths = [];

        /// <summary>The lengths of <see cref="_lengths"/>, in order, and how many of those before each index ended a paragraph.</summary>
        private readonly int[] _sortedLengths;
        private readonly int[] _endsBefore;

        /// <summary>All of them: how many ended their paragraph, how many went on in it.</summary>
        private (int Ends, int Inside) _all;

        /// <summary>How paragraphs the page shows starting start (their first three characters), where two or more start alike (这五年, 我们坚持): parallel paragraphs.</summary>
        private readonly HashSet<string> _openings = new(StringComparer.Ordinal);

        public Layout(IReadOnlyList<PdfTextLine> lines)
        {
            // The measure is the document's, per column; a page whose lines all stand further in or out
            // (a facing page of mirrored margins) has it moved by as much.
            var byColumn = lines.GroupBy(l => l.Column).ToDictionary(g => g.Key, g => Measure([.. g], Math.Max(2, g.Count() / 30)));
            var boxes = lines.GroupBy(l => l.Column).ToDictionary(g => g.Key, g => Box([.. g], Math.Max(2, g.Count() / 30), byColumn[g.Key].Right));
            foreach (var group in lines.GroupBy(l => (l.Page, l.Column)))
            {
                var list = group.ToList();
                var (left, right) = byColumn[group.Key.Column];
                var em = PageLayout.Median(list.Select(l => l.Size));
                var shift = list.Count >= 5 ? Measure(list, 2).Left - left : 0;
                shift = Math.Abs(shift) > em ? shift : 0;
                _measures[group.Key] = (left + shift, right + shift);
                _boxes[group.Key] = boxes[group.Key.Column] + shift;
            }

            _pitch = Pitch(lines);
            _bodySize = PageLayout.Median(lines.Select(l => l.Size));
            _indents = UsesIndents(lines);
            Openings(lines);
            Learn(lines);
            var sorted = _lengths.OrderBy(l => l.Length).ToArray();
            _sortedLengths = [.. sorted.Select(l => l.Length)];
            _endsBefore = new int[sorted.Length + 1];
            for (var i = 0; i < sorted.Length; i++)
            {
                _endsBefore[i + 1] = _endsBefore[i] + (sorted[i].End ? 1 : 0);
            }
        }

        /// <summary>
        /// Where lines start, and where full lines end, from the lines themselves. The start is the
        /// outermost that <paramref name="some"/> lines reach or nearly reach. The end is the middle of the
        /// ends of the lines that come within three ems of the furthest (<paramref name="some"/> lines
        /// reach it, so one wide table row does not count): full lines of ragged Chinese text stop up to an
        /// em short of the edge, or hang a comma past it. Not a quantile of all the lines: in a text of
        /// one-sentence paragraphs, most lines stop short.
        /// </summary>
        private static (double Left, double Right) Measure(List<PdfTextLine> lines, int some)
        {
            var em = PageLayout.Median(lines.Select(l => l.Size));
            var starts = lines.Select(l => l.X0).Order().ToList();
            var ends = lines.Select(l => l.X1).OrderDescending().ToList();
            var k = Math.Min(some, lines.Count) - 1;
            var left = starts[k] - starts[0] <= 0.5 * em ? starts[0] : starts[k];
            var right = PageLayout.Median(ends.Where(x => x >= ends[k] - (3 * em)));
            return (left, right);
        }

        /// <summary>
        /// How far the glyphs of a line reach when it is full: the furthest end of a line that ends in a
        /// letter, a digit or a Chinese character, which <paramref name="some"/> lines reach (so one wide row
        /// does not count), at most half an em past <paramref name="right"/>. Not the end of a line that ends
        /// in punctuation: a layout engine may hang a stop or a comma past the edge.
        /// </summary>
        private static double Box(List<PdfTextLine> lines, int some, double right)
        {
            var ends = lines.Where(l => char.IsLetterOrDigit(l.Text[^1])).Select(l => l.X1).OrderDescending().ToList();
            var em = PageLayout.Median(lines.Select(l => l.Size));
            return ends.Count == 0 ? right : Math.Min(ends[Math.Min(some, ends.Count) - 1], right + (0.5 * em));
        }

        /// <summary>
        /// Whether what <paramref name="next"/> starts with (<see cref="PdfTextLine.LeadWidth"/>) would have fitted
        /// at the end of <paramref name="line"/>: then the line ends its paragraph, for a layout engine breaks a
        /// line only where the next piece does not fit. Between a Chinese character and a Latin one it allows
        /// for the space a layout engine puts there (LibreOffice's and Word's autospace).
        /// </summary>
        private bool Fits(PdfTextLine line, PdfTextLine next)
        {
            var change = EcoBrief.Chinese.CjkChar.IsCjk(line.Text[^1]) != EcoBrief.Chinese.CjkChar.IsCjk(next.Text[0]);
            return line.X1 + next.LeadWidth + (change ? 0.5 * next.Size : 0) <= _boxes[(line.Page, line.Column)] + (0.05 * line.Size);
        }

        /// <summary>A line set in another size than the body text and centred in its measure: a title's or a subtitle's.</summary>
        private bool IsTitle(PdfTextLine line) =>
            Math.Abs(line.Size - _bodySize) >= 0.05 * _bodySize && Math.Abs(((line.X0 + line.X1) / 2) - ((Left(line) + Right(line)) / 2)) <= line.Size;

        private double Right(PdfTextLine line) => _measures[(line.Page, line.Column)].Right;

        private double Left(PdfTextLine line) => _measures[(line.Page, line.Column)].Left;

        /// <summary>Whether <paramref name="line"/> ends short of its measure, by more than a few characters: the end of a paragraph for sure.</summary>
        private bool IsShort(PdfTextLine line) => line.X1 < Right(line) - (3 * line.Size);

        /// <summary>Whether line <paramref name="j"/> of <paramref name="lines"/> goes on the paragraph that starts at line <paramref name="first"/> and ends with the line before it (<paramref name="paragraph"/> so far).</summary>
        public bool Continues(IReadOnlyList<PdfTextLine> lines, int first, int j, StringBuilder paragraph)
        {
            var (line, next) = (lines[j - 1], lines[j]);

            // A title or subtitle set apart (another size, centred) over two lines is one line of the text: the
            // first line long (a layout engine breaks a long title, and balances its lines), the next close under it.
            if (IsTitle(line) && IsTitle(next) && next.Page == line.Page && Math.Abs(next.Size - line.Size) <= 0.05 * line.Size
                && line.Y - next.Y <= 2 * line.Size && line.X1 - line.X0 >= 0.5 * (Right(line) - Left(line)) && !EndsLikeProse(line.Text))
            {
                return true;
            }

            // A heading's number starts a paragraph, but not after a full line broken mid-phrase (…从0到 | 1、从1到2…).
            var full = Right(line) - line.X1 <= next.LeadWidth + (FullLine * line.Size);
            if ((StartsHeading(next.Text) && !(full && !EndsLikeProse(line.Text) && next.X0 - Left(next) < Indent * next.Size))
                || Math.Abs(next.Size - line.Size) > 0.2 * line.Size)
            {
                return false;
            }

            if (next.Page == line.Page && next.Column == line.Column && line.Y - next.Y > 1.6 * _pitch * line.Size)
            {
                return false;
            }

            // Full: what the next line starts with would not have fitted after it.
            if (!full)
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

            // A full line that ends a sentence: the page cannot tell by the measure. But a line the next
            // line's first piece would have fitted after, exactly, was ended: the measure's slack allows for
            // what it cannot tell, the furthest a full line reaches does not.
            if (Fits(line, next))
            {
                return false;
            }

            if (OpensParagraph(next.Text) || (IsShort(next) && !EndsLikeProse(next.Text)))
            {
                return false;
            }

            // An enumeration goes on as it went: 五是 starts a paragraph where 四是 did, and runs on where 四是 ran on.
            if (Marker.Detect(next.Text) is { Style: NumberingStyle.Enumeration or NumberingStyle.Ordinal or NumberingStyle.Circled } marker
                && PlaceOfPrevious(first, paragraph, marker) is { } previous)
            {
                return previous > 0;
            }

            // An item of an enumeration runs until the next item: a paragraph that opens with 二是 goes on
            // where the paragraph the page next shows starting opens with 三是.
            // So does an indicator paragraph (——…) where the next one opens with a dash.
            var head = paragraph.ToString(0, Math.Min(paragraph.Length, 8));
            var nextStart = NextStart(lines, j);
            if ((Marker.Detect(head) is { Style: NumberingStyle.Enumeration or NumberingStyle.Ordinal or NumberingStyle.Circled } item
                    && Marker.Detect(nextStart) is { } following && following.Style == item.Style && following.Ordinal == item.Ordinal + 1)
                || (head.StartsWith("——", StringComparison.Ordinal) && nextStart.StartsWith("——", StringComparison.Ordinal)))
            {
                return true;
            }

            // A list's item opens as its other items do: where each of them opens with a paragraph of n
            // sentences the page shows whole (a heading, a heading and its lead-in), this one's first paragraph
            // ends after its n-th.
            if (Marker.Detect(head) is { } heading && StartsHeading(head)
                && FirstParagraphSentences(lines, first, heading) is { } sentences && ItemsOf(lines).Sentences(first, j) == sentences)
            {
                return false;
            }

            // The last item of an enumeration is one paragraph as the items before it were: where the page shows
            // each of them whole, one paragraph from 一是 to 二是, …, the last runs to the next end it shows.
            if (Marker.Detect(head) is { Style: NumberingStyle.Enumeration or NumberingStyle.Ordinal or NumberingStyle.Circled, Ordinal: >= 3 } last
                && ItemsBeforeAreWhole(lines, first, last))
            {
                return true;
            }

            // The document's own rates decide (naive Bayes): the kind of sentence after (the first kind the
            // page shows often enough: how often it ends a paragraph where the page shows it), and the
            // paragraphs' lengths — how likely a paragraph is to end at a sentence's end at its length
            // (the hazard, h), here and where the page next shows a paragraph end: breaking makes two
            // paragraphs of the lengths on either side, joining one of both.
            var kinds = KindsAt(next.Text, 0, OpeningOf(paragraph), IsShort(next), learning: false);
            var (ends, inside) = (0, 0);
            foreach (var kind in kinds)
            {
                (ends, inside) = _habits[(int)kind];
                if (ends + inside >= Evidence)
                {
                    break;
                }
            }

            var here = paragraph.Length;
            var logOdds = Math.Log(Odds(ends, inside)) - Math.Log(Odds(_all.Ends, _all.Inside));
            var h = Hazard(here);
            logOdds += Math.Log(h) - Math.Log(1 - h);
            var (after, stops) = Ahead(lines, j);
            logOdds += Math.Log(Hazard(after)) - Math.Log(Hazard(here + after));
            foreach (var at in stops)
            {
                logOdds += Math.Log(1 - Hazard(at)) - Math.Log(1 - Hazard(here + at));
            }

            return logOdds <= 0;
        }

        /// <summary>Whether line <paramref name="k"/> ends its paragraph where the page shows it: what the next starts with would have fitted after it, or the next starts a numbered heading.</summary>
        private bool ShowsEnd(IReadOnlyList<PdfTextLine> lines, int k) =>
            k + 1 >= lines.Count || Fits(lines[k], lines[k + 1]) || StartsHeading(lines[k + 1].Text);

        /// <summary>The paragraph whose numbers <see cref="_numbers"/> holds (its first line), and how much of it they cover.</summary>
        private (int First, int Length) _numbered = (-1, 0);

        /// <summary>The numbers that open a clause of that paragraph (after a stop, a colon, a semicolon or a comma), where each stands.</summary>
        private readonly List<(int At, NumberingStyle Style, int Ordinal)> _numbers = [];

        /// <summary>
        /// Where in the paragraph that starts at line <paramref name="first"/> (<paramref name="paragraph"/> so far)
        /// the item before <paramref name="marker"/> (its style, one less) stands: 0 at its start, more inside it,
        /// null when it is not there (or <paramref name="marker"/> is the first). The paragraph's numbers are read
        /// once, as it grows.
        /// </summary>
        private int? PlaceOfPrevious(int first, StringBuilder paragraph, Marker marker)
        {
            if (marker.Ordinal < 2)
            {
                return null;
            }

            if (_numbered.First != first)
            {
                _numbered = (first, 0);
                _numbers.Clear();
            }

            // A number is looked for in the few characters at each clause's start: those the text holds in full are
            // read once and kept, those near its end again as it grows. Only the text not yet read is copied out
            // (from the character before it, which says whether a clause starts).
            var from = Math.Max(0, _numbered.Length - 1);
            var text = paragraph.ToString(from, paragraph.Length - from);
            var done = _numbered.Length;
            for (; done + NumberWindow <= paragraph.Length; done++)
            {
                if (NumberAt(text, done - from, done == 0) is { } m)
                {
                    _numbers.Add((done, m.Style, m.Ordinal));
                }
            }

            _numbered = (first, done);
            foreach (var (at, style, ordinal) in _numbers)
            {
                if (style == marker.Style && ordinal == marker.Ordinal - 1)
                {
                    return at;
                }
            }

            for (var i = done; i < paragraph.Length; i++)
            {
                if (NumberAt(text, i - from, i == 0) is { } m && m.Style == marker.Style && m.Ordinal == marker.Ordinal - 1)
                {
                    return i;
                }
            }

            return null;
        }

        /// <summary>How many characters at a clause's start a number is looked for in.</summary>
        private const int NumberWindow = 32;

        /// <summary>The number that opens the clause at <paramref name="i"/> of <paramref name="text"/>, if a clause starts there (always at the paragraph's <paramref name="start"/>).</summary>
        private static Marker? NumberAt(string text, int i, bool start) =>
            (start || text[i - 1] is '。' or '；' or '：' or '，' or '！' or '？' or ';' or ':' or ',')
                ? Marker.Detect(text.Substring(i, Math.Min(text.Length - i, NumberWindow)))
                : null;

        /// <summary>What the lists' habits are read from, made once for the document when first asked: see <see cref="Items"/>.</summary>
        private Items? _items;

        private Items ItemsOf(IReadOnlyList<PdfTextLine> lines) => _items ??= new Items(lines, this);

        /// <summary>
        /// How many sentences the first paragraph of each other item of the list of <paramref name="item"/> (whose
        /// paragraph starts at line <paramref name="start"/>) has, when there are two or more, the page shows each of
        /// those paragraphs whole and they all have as many; else null.
        /// </summary>
        private int? FirstParagraphSentences(IReadOnlyList<PdfTextLine> lines, int start, Marker item)
        {
            var items = ItemsOf(lines);
            if (item.Ordinal > MaxItems)
            {
                return null;
            }

            int? CountAt(int p)
            {
                for (var q = p; q < lines.Count && q < p + MaxItemLines; q++)
                {
                    if (ShowsEnd(lines, q))
                    {
                        return EndsSentence(lines[q].Text) ? items.Sentences(p, q + 1) : null;
                    }

                    if (EndsSentence(lines[q].Text))
                    {
                        // It may end here: the page does not show it.
                        return null;
                    }
                }

                return null;
            }

            var counts = new List<int>();
            for (var (ordinal, at) = (item.Ordinal - 1, start); ordinal >= 1; ordinal--)
            {
                if (items.Before(item.Style, ordinal, at) is not { } p || CountAt(p) is not { } count)
                {
                    return null;
                }

                counts.Add(count);
                at = p;
            }

            for (var (ordinal, at) = (item.Ordinal + 1, start); ordinal <= item.Ordinal + MaxItems && items.After(item.Style, ordinal, at) is { } p; ordinal++)
            {
                if (CountAt(p) is not { } count)
                {
                    return null;
                }

                counts.Add(count);
                at = p;
            }

            return counts.Count >= 2 && counts.TrueForAll(c => c == counts[0]) ? counts[0] : null;
        }

        /// <summary>
        /// Whether the items before <paramref name="item"/> (whose paragraph starts at line <paramref name="start"/>)
        /// stand right before it, each one paragraph the page shows whole: from its number, at the start of a
        /// line, to the next item's, with no end the page shows between.
        /// </summary>
        private bool ItemsBeforeAreWhole(IReadOnlyList<PdfTextLine> lines, int start, Marker item)
        {
            var items = ItemsOf(lines);
            if (item.Ordinal > MaxItems)
            {
                return false;
            }

            var end = start;
            for (var ordinal = item.Ordinal - 1; ordinal >= 1; ordinal--)
            {
                // The item starts within reach, and none of its lines but its last shows an end.
                if (items.Before(item.Style, ordinal, end) is not { } p || end - p > MaxItemLines || items.EndsShown(p, end - 1) > 0)
                {
                    return false;
                }

                end = p;
            }

            return true;
        }

        /// <summary>
        /// The document's items of lists, found once: the lines that start one (a number at the start of a line,
        /// after a sentence's end) by style and number, the lines that show an end, and the sentences of each
        /// line, so that what an item's neighbours do is looked up rather than searched for.
        /// </summary>
        private sealed class Items
        {
            private readonly Dictionary<(NumberingStyle Style, int Ordinal), List<int>> _starts = [];
            private readonly int[] _endsShown;
            private readonly int[] _sentences;

            public Items(IReadOnlyList<PdfTextLine> lines, Layout layout)
            {
                _endsShown = new int[lines.Count + 1];
                _sentences = new int[lines.Count + 1];
                for (var p = 0; p < lines.Count; p++)
                {
                    _endsShown[p + 1] = _endsShown[p] + (layout.ShowsEnd(lines, p) ? 1 : 0);
                    _sentences[p + 1] = _sentences[p] + ParagraphJoiner.Sentences(lines[p].Text);
                    if ((p == 0 || EndsSentence(lines[p - 1].Text)) && Marker.Detect(lines[p].Text) is { } m)
                    {
                        if (!_starts.TryGetValue((m.Style, m.Ordinal), out var at))
                        {
                            _starts[(m.Style, m.Ordinal)] = at = [];
                        }

                        at.Add(p);
                    }
                }
            }

            /// <summary>The last line before line <paramref name="line"/> that starts item <paramref name="ordinal"/> of a list of <paramref name="style"/>.</summary>
            public int? Before(NumberingStyle style, int ordinal, int line)
            {
                if (!_starts.TryGetValue((style, ordinal), out var at))
                {
                    return null;
                }

                var i = at.BinarySearch(line);
                i = (i >= 0 ? i : ~i) - 1;
                return i >= 0 ? at[i] : null;
            }

            /// <summary>The first line after line <paramref name="line"/> that starts item <paramref name="ordinal"/> of a list of <paramref name="style"/>.</summary>
            public int? After(NumberingStyle style, int ordinal, int line)
            {
                if (!_starts.TryGetValue((style, ordinal), out var at))
                {
                    return null;
                }

                var i = at.BinarySearch(line + 1);
                i = i >= 0 ? i : ~i;
                return i < at.Count ? at[i] : null;
            }

            /// <summary>How many of lines <paramref name="from"/> to <paramref name="to"/> (not included) show an end.</summary>
            public int EndsShown(int from, int to) => to <= from ? 0 : _endsShown[to] - _endsShown[from];

            /// <summary>The sentences of lines <paramref name="from"/> to <paramref name="to"/> (not included).</summary>
            public int Sentences(int from, int to) => _sentences[to] - _sentences[from];
        }

        /// <summary>The line after the next paragraph end the page shows from line <paramref name="j"/> on (empty at the document's end, or past <see cref="MaxLookahead"/> lines).</summary>
        private string NextStart(IReadOnlyList<PdfTextLine> lines, int j)
        {
            for (var k = j; k + 1 < lines.Count && k < j + MaxLookahead; k++)
            {
                if (IsShort(lines[k]))
                {
                    return lines[k + 1].Text;
                }
            }

            return string.Empty;
        }

        /// <summary>The length of the text from line <paramref name="j"/> to the next paragraph end the page shows (at most <see cref="MaxLookahead"/> lines on), and where its sentences end before that (the first <see cref="MaxStops"/>).</summary>
        private (int Length, List<int> Stops) Ahead(IReadOnlyList<PdfTextLine> lines, int j)
        {
            var stops = new List<int>();
            var length = 0;
            for (var k = j; k < lines.Count; k++)
            {
                var text = lines[k].Text;
                var last = IsShort(lines[k]) || k + 1 == lines.Count || k + 1 == j + MaxLookahead;
                for (var i = 0; i < text.Length - (last ? 1 : 0) && stops.Count < MaxStops; i++)
                {
                    if (IsStop(text[i]))
                    {
                        stops.Add(length + i + 1);
                    }
                }

                length += text.Length;
                if (last)
                {
                    break;
                }
            }

            return (length, stops);
        }

        /// <summary>
        /// The chance that a paragraph that has grown to <paramref name="length"/> characters ends at a
        /// sentence's end there, from the sentence ends the page shows at about that length (within a
        /// factor of 1.4, or of 2 where those are few; the document's rate where even those are).
        /// </summary>
        private double Hazard(int length)
        {
            foreach (var factor in (ReadOnlySpan<double>)[1.4, 2.0])
            {
                // The lengths within the factor are a run of the sorted ones: from the first that reaches
                // length / factor to the last within length × factor (the same tests, in log time).
                var from = FirstReaching(_sortedLengths, length, factor);
                var to = FirstBeyond(_sortedLengths, length * factor);
                var all = Math.Max(0, to - from);
                var ends = all == 0 ? 0 : _endsBefore[to] - _endsBefore[from];

                if (all >= 8)
                {
                    return (ends + 0.5) / (all + 1.0);
                }
            }

            return (_all.Ends + 0.5) / (_all.Ends + _all.Inside + 1.0);
        }

        /// <summary>The first index of <paramref name="sorted"/> whose value × <paramref name="factor"/> reaches <paramref name="length"/> (its length when none does).</summary>
        private static int FirstReaching(int[] sorted, int length, double factor)
        {
            var (low, high) = (0, sorted.Length);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                (low, high) = sorted[middle] * factor >= length ? (low, middle) : (middle + 1, high);
            }

            return low;
        }

        /// <summary>The first index of <paramref name="sorted"/> whose value is beyond <paramref name="limit"/> (its length when none is).</summary>
        private static int FirstBeyond(int[] sorted, double limit)
        {
            var (low, high) = (0, sorted.Length);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                (low, high) = sorted[middle] > limit ? (low, middle) : (middle + 1, high);
            }

            return low;
        }

        private static double Odds(int ends, int inside) => (ends + 0.5) / (inside + 0.5);

        /// <summary>
        /// Counts, at each sentence's end the page shows as such, what follows: a stop with text after it on
        /// its line goes on in its paragraph; a line that stops short of its measure ends one. A full line
        /// falls at a sentence's end as it falls, so the document's own rates decide where it cannot be seen.
        /// Each sentence after counts for every kind it is (<see cref="KindsAt"/>).
        /// </summary>
        private void Learn(IReadOnlyList<PdfTextLine> lines)
        {
            var opening = string.Empty;
            var length = 0;
            for (var n = 0; n < lines.Count; n++)
            {
                var text = lines[n].Text;
                if (n == 0 || IsShort(lines[n - 1]))
                {
                    opening = OpeningOf(text);
                    length = 0;
                }

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

                    if (start < text.Length)
                    {
                        _lengths.Add((length + start, false));
                        _all.Inside++;
                        foreach (var kind in KindsAt(text, start, opening, IsShort(lines[n]), learning: true))
                        {
                            _habits[(int)kind].Inside++;
                        }
                    }
                }

                length += text.Length;
                if (n + 1 < lines.Count && IsShort(lines[n]) && EndsSentence(text))
                {
                    _lengths.Add((length, true));
                    _all.Ends++;
                    foreach (var kind in KindsAt(lines[n + 1].Text, 0, opening, IsShort(lines[n + 1]), learning: true))
                    {
                        _habits[(int)kind].Ends++;
                    }
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

        /// <summary>
        /// The kinds the sentence at <paramref name="start"/> of <paramref name="text"/> is, most telling first:
        /// <see cref="Opening.Alone"/> (the line stops short after it, and it is the line's last sentence),
        /// <see cref="Opening.Like"/> (it opens as the paragraph did), then one of an enumeration, a parallel
        /// opening, a short lead or another.
        /// </summary>
        /// <param name="text">A line.</param>
        /// <param name="start">Where the sentence starts in it.</param>
        /// <param name="opening">How the paragraph it would be part of opens (<see cref="OpeningOf(string)"/>).</param>
        /// <param name="shortLine">Whether the line stops short of its measure.</param>
        /// <param name="learning">Counting what the page shows: a sentence the line ends before it can be told a lead or not is no lead and no other.</param>
        private List<Opening> KindsAt(string text, int start, string opening, bool shortLine, bool learning)
        {
            var kinds = new List<Opening>(3);
            if (shortLine && EndsSentence(text) && text.AsSpan(start, text.Length - start - 1).IndexOfAny(Stops) < 0)
            {
                kinds.Add(Opening.Alone);
            }

            if (opening.Length > 0 && text.AsSpan(start).StartsWith(opening, StringComparison.Ordinal))
            {
                kinds.Add(Opening.Like);
            }

            if (Marker.Detect(text[start..])?.Style is NumberingStyle.Enumeration or NumberingStyle.Ordinal or NumberingStyle.Circled)
            {
                kinds.Add(Opening.Enumeration);
            }
            else if (text.Length - start >= OpeningLength && _openings.Contains(text.Substring(start, OpeningLength)))
            {
                kinds.Add(Opening.Parallel);
            }
            else if (IsLead(text, start) is { } lead)
            {
                kinds.Add(lead && !HasFigure(text, start) ? Opening.Lead : Opening.Other);
            }
            else if (!learning)
            {
                kinds.Add(Opening.Other);
            }

            return kinds;
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
