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
    /// (titles, datelines) only the first rule applies.
    /// </summary>
    internal static List<Paragraph> JoinParagraphs(IngestedReport report)
    {
        var result = new List<Paragraph>();
        var lines = report.Lines;
        var seenProse = false;
        var i = 0;
        while (i < lines.Count)
        {
            var text = new System.Text.StringBuilder(lines[i].Text);
            var textStarts = new List<int> { 0 };
            var cleanStarts = new List<int> { report.LineStart(i) };
            var sourceLines = new List<int> { lines[i].Line };
            var first = lines[i].Text;
            var numbered = Marker.Detect(first) is not null;
            var heading = seenProse && !numbered && (i == 0 || lines[i - 1].Text is not { Length: > 0 } previous || CjkChar.IsParagraphEnd(previous[^1])) && PartHeading.Is(first);
            if (heading)
            {
                result.Add(new Paragraph(first, [0], [report.LineStart(i)], [lines[i].Line], isPartHeading: true));
                i++;
                continue;
            }

            var j = i + 1;
            while (j < lines.Count && ContinuesOnNextLine(text, numbered, seenProse) && Marker.Detect(lines[j].Text) is null && !Salutation().IsMatch(lines[j].Text))
            {
                textStarts.Add(text.Length);
                cleanStarts.Add(report.LineStart(j));
                sourceLines.Add(lines[j].Line);
                text.Append(lines[j].Text);
                j++;
            }

            var joined = text.ToString();
            seenProse |= CjkChar.IsSentenceEnd(joined[^1]) || joined.Contains('。', StringComparison.Ordinal);
            result.Add(new Paragraph(joined, [.. textStarts], [.. cleanStarts], [.. sourceLines]));
            i = j;
        }

        return result;
    }

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
