using EcoBrief.Diagnostics;
using EcoBrief.Ingest;
using EcoBrief.Chinese;

namespace EcoBrief.Outline;

/// <summary>
/// Builds the outline: joins lines broken inside sentences into paragraphs, then nests numbered
/// paragraphs by the order in which their numbering styles first appear (so a report that starts at
/// （一） nests just as well as one that starts at 一、).
/// </summary>
public static partial class OutlineBuilder
{
    public static ReportOutline Build(IngestedReport report)
    {
        var bag = new DiagnosticBag();
        var paragraphs = JoinParagraphs(report);
        var root = new OutlineNode(null, null);
        var stack = new List<OutlineNode> { root };
        foreach (var p in paragraphs)
        {
            var marker = Marker.Detect(p.Text);
            var node = new OutlineNode(marker, p);
            if (p.IsPartHeading)
            {
                // A part heading of its own closes whatever list came before it.
                stack.RemoveRange(1, stack.Count - 1);
                Attach(root, node);
                continue;
            }

            // An indicator paragraph (——经济运行稳中有升。全年…) is complete in itself: it owns nothing after it;
            // and a —— line never owns a numbered paragraph.
            while (stack.Count > 1 && (IsIndicatorParagraph(stack[^1]) || (marker is { Style: not NumberingStyle.Dash } && stack[^1].Marker?.Style == NumberingStyle.Dash)))
            {
                stack.RemoveAt(stack.Count - 1);
            }

            if (marker is null)
            {
                while (stack.Count > 1 && ClosesBeforeUnnumbered(stack[^1]))
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                Attach(stack[^1], node);
                continue;
            }

            // —— lines and 一是 paragraphs are items of a list, never headings above numbered sections.
            while (stack.Count > 1 && marker.Style is not (NumberingStyle.Dash or NumberingStyle.Enumeration)
                && stack[^1].Marker?.Style is NumberingStyle.Dash or NumberingStyle.Enumeration)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var level = stack.FindLastIndex(n => n.Marker?.Style == marker.Style);
            if (level > 0)
            {
                var previous = stack[level].Marker!;
                if (marker.Style != NumberingStyle.Dash && marker.Ordinal != previous.Ordinal + 1 && marker.Ordinal != 1)
                {
                    bag.Add(DiagnosticKinds.NumberingGap.At(p.Line, $"numbering goes from {previous.Text.Trim()} to {marker.Text.Trim()}"));
                }

                stack.RemoveRange(level, stack.Count - level);
            }
            else if (marker.Style is not NumberingStyle.Dash && marker.Ordinal != 1)
            {
                bag.Add(DiagnosticKinds.NumberingStartsLate.At(p.Line, $"numbered list starts at {marker.Text.Trim()}, not at its first number"));
            }

            Attach(stack[^1], node);
            stack.Add(node);
        }

        return new ReportOutline(report, root, paragraphs, bag.Diagnostics);
    }

    /// <summary>
    /// In a list of self-contained items (heading and body on one line, no item followed by loose
    /// paragraphs), an unnumbered paragraph after the last item belongs to the list's parent: it is the
    /// section's closing text, not more of the last item.
    /// </summary>
    private static bool ClosesBeforeUnnumbered(OutlineNode top)
    {
        if (top.Marker is not { } marker || top.Children.Count > 0 || top.Sentences.Count < 2)
        {
            return false;
        }

        var siblings = top.Parent!.Children.Where(c => c.Marker?.Style == marker.Style && !ReferenceEquals(c, top)).ToList();
        return siblings.Count > 0 && siblings.All(s => s.Children.Count == 0 && s.Sentences.Count >= 2);
    }

    /// <summary>A —— line with a body of its own after its lead sentence, as opposed to a —— heading.</summary>
    private static bool IsIndicatorParagraph(OutlineNode node) =>
        node.Marker?.Style == NumberingStyle.Dash && node.Sentences.Count >= 2;

    private static void Attach(OutlineNode parent, OutlineNode child)
    {
        child.Parent = parent;
        parent.Children.Add(child);
    }

    /// <summary>
    /// Joins a line with the next when the sentence plainly goes on: it ends in a comma-like mark, or it
    /// is an unnumbered line cut in the middle of a clause. Before the first full sentence
    /// (titles, datelines) only the first rule applies. A heading the source marks (a Word paragraph's
    /// outline level) is never joined with the paragraph before or after it, and one of the top level
    /// is a part heading; text marks none, so its lines are joined as they always were.
    /// </summary>
    internal static List<Paragraph> JoinParagraphs(IngestedReport report)
    {
        var result = new List<Paragraph>();
        var lines = Segments(report);
        var seenProse = false;
        var afterUnnumberedProse = false;
        var i = 0;
        while (i < lines.Count)
        {
            var text = new System.Text.StringBuilder(lines[i].Text);
            var textStarts = new List<int> { 0 };
            var cleanStarts = new List<int> { lines[i].Start };
            var sourceLines = new List<int> { lines[i].Line };
            var first = lines[i].Text;
            var numbered = Marker.Detect(first) is not null;
            // A part heading stands alone after a finished paragraph, or after an unnumbered one of the body
            // that lost its stop (请予审议): joining lines stops before a part heading there. A heading the
            // source marks at the top level (a Word paragraph of outline level 1) is one, whatever its words.
            var heading = seenProse && !numbered
                && ((PartHeading.Is(first) && (i == 0 || lines[i - 1].Text is not { Length: > 0 } previous || CjkChar.IsParagraphEnd(previous[^1]) || afterUnnumberedProse))
                    || (lines[i].HeadingLevel == 1 && HeadingLike(first)));
            afterUnnumberedProse = false;
            if (heading)
            {
                result.Add(new Paragraph(first, [0], [lines[i].Start], [lines[i].Line], isPartHeading: true));
                i++;
                continue;
            }

            var j = i + 1;
            while (j < lines.Count && !lines[j].Split && !HeadingBetween(lines[j - 1], lines[j])
                && (ContinuesOnNextLine(text, numbered, seenProse) || (numbered && j == i + 1 && BrokenHeading(first, lines[j].Text)))
                && Marker.Detect(lines[j].Text) is null && !Salutation().IsMatch(lines[j].Text)
                && !(seenProse && !numbered && PartHeading.Is(lines[j].Text)))
            {
                textStarts.Add(text.Length);
                cleanStarts.Add(lines[j].Start);
                sourceLines.Add(lines[j].Line);
                text.Append(lines[j].Text);
                j++;
            }

            afterUnnumberedProse = !numbered && seenProse;
            var joined = text.ToString();
            // The body has begun after a sentence, or after the salutation (各位代表：) when the sentence after it lost its stop.
            seenProse |= CjkChar.IsSentenceEnd(joined[^1]) || joined.Contains('。', StringComparison.Ordinal) || Salutation().IsMatch(joined);
            result.Add(new Paragraph(joined, [.. textStarts], [.. cleanStarts], [.. sourceLines]));
            i = j;
        }

        return result;
    }

    /// <summary>The longest second line of a numbered heading broken over two lines.</summary>
    private const int HeadingTail = 15;

    /// <summary>The longest line a source's heading mark makes a part's title.</summary>
    private const int PartTitleMax = 40;

    /// <summary>
    /// True for a numbered heading broken after a word that joins (一、2025年和“十四五” / 工作回顾): it ends
    /// in 和, 与, 及, 暨 or a closing quote, and the next line is a short tail without a stop.
    /// </summary>
    private static bool BrokenHeading(string heading, string next) =>
        heading.Length <= 30 && heading[^1] is '和' or '与' or '及' or '暨' or '”' && !heading.Contains('。', StringComparison.Ordinal)
        && next.Length is > 0 and <= HeadingTail && next.IndexOfAny(['。', '；', '，']) < 0;

    /// <summary>
    /// A line that can be a part's title: short, and no sentence (a paragraph of prose styled as a heading,
    /// its run-in title and text together, is not one).
    /// </summary>
    private static bool HeadingLike(string line) =>
        line.Length <= PartTitleMax && !CjkChar.IsSentenceEnd(line[^1]) && line.IndexOf('。', StringComparison.Ordinal) < 0;

    /// <summary>
    /// True where the source ends one paragraph and starts another, and marks either as a heading (a Word
    /// paragraph's outline level): a heading is a paragraph of its own, whatever its last character. Lines
    /// of one source paragraph (a manual line break) may still be joined. Text says no heading level.
    /// </summary>
    private static bool HeadingBetween(Segment before, Segment line) =>
        line.Line != before.Line && (line.HeadingLevel is not null || before.HeadingLevel is not null);

    /// <summary>A piece of a line: the whole line, or the part of it after a number that ran into it; its heading level in the source (<see cref="SourceLine.HeadingLevel"/>).</summary>
    private readonly record struct Segment(string Text, int Start, int Line, bool Split, int? HeadingLevel = null);

    /// <summary>
    /// The report's lines, each cut where a number ran into it when the source lost a line break: a part
    /// heading at the end of a paragraph (…提出意见。一、2025年工作回顾), a list's first item after its
    /// part's heading (三、2025年主要工作 （一）稳增长…) or after the sentence that announces it
    /// (重点抓好以下五个方面的工作。（一）…) when the next number opens a line of its own further on; and a part
    /// heading whose line break became a space (2025年工作回顾 2025年，…).
    /// </summary>
    private static List<Segment> Segments(IngestedReport report)
    {
        var lines = report.Lines;
        var segments = new List<Segment>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var cut = FusedNumber(text, i, lines);
            if (cut > 0)
            {
                segments.Add(new Segment(text[..cut].TrimEnd(), report.LineStart(i), lines[i].Line, false, lines[i].HeadingLevel));
                segments.Add(new Segment(text[cut..], report.LineStart(i) + cut, lines[i].Line, true, lines[i].HeadingLevel));
            }
            else
            {
                segments.Add(new Segment(text, report.LineStart(i), lines[i].Line, false, lines[i].HeadingLevel));
            }
        }

        return segments;
    }

    /// <summary>How many lines ahead the number after a fused first item is looked for.</summary>
    private const int FusedReach = 60;

    /// <summary>Where a number that ran into <paramref name="text"/> starts, or the paragraph after a part heading glued to it (0: none).</summary>
    private static int FusedNumber(string text, int index, IReadOnlyList<SourceLine> lines)
    {
        if (PartHeading.GluedEnd(text) is > 0 and var glued)
        {
            // 2025年工作回顾 2025年，…: a part heading whose line break became a space.
            return glued;
        }

        if (FusedHeading().Match(text) is { Success: true } heading)
        {
            return heading.Index + 1;
        }

        var first = FusedFirstItem().Match(text);
        if (!first.Success)
        {
            return 0;
        }

        var number = first.Groups["num"];
        var next = number.Value.StartsWith('（') ? "（二）" : "二、";
        return text.Contains(next, StringComparison.Ordinal)
            || !lines.Skip(index + 1).Take(FusedReach).Any(l => l.Text.TrimStart().StartsWith(next, StringComparison.Ordinal))
            ? 0
            : number.Index;
    }

    /// <summary>A part heading at the end of a paragraph: …。一、2025年工作回顾 (short, no stop of its own).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[。！：:][一二三四五六七八九十]{1,2}、(?![一二三四五六七八九十][、产类])[^。！？；，]{2,30}$")]
    private static partial System.Text.RegularExpressions.Regex FusedHeading();

    /// <summary>A list's first item run into the line before it: after a part heading and a space, or after a sentence's end.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^[一二三四五六七八九十]{1,2}、[^。（]{2,30}?[ \u3000]+)(?<num>（一）)|(?<=[。：:])(?<num>（一）|一、(?![二三四五六七八九十]))")]
    private static partial System.Text.RegularExpressions.Regex FusedFirstItem();

    /// <summary>各位代表： · 同志们： — the salutation opens the speech on a line of its own; no line runs on into it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:各位代表|各位委员|同志们|尊敬的)")]
    private static partial System.Text.RegularExpressions.Regex Salutation();

    private static bool ContinuesOnNextLine(System.Text.StringBuilder text, bool numbered, bool seenProse)
    {
        var last = text[^1];
        if (last is '，' or '、' or '（' or '《' or '“' or '‘' or '—' or ',')
        {
            return true;
        }

        if (!seenProse || CjkChar.IsParagraphEnd(last))
        {
            return false;
        }

        // A heading line ends without a stop; it continues only if it already holds a body sentence.
        if (numbered)
        {
            return text.ToString().Contains('。', StringComparison.Ordinal);
        }

        // Past the front matter, an unnumbered line that stops without a stop is cut mid-sentence.
        return true;
    }
}
