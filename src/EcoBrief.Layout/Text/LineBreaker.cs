namespace EcoBrief.Layout.Text;

/// <summary>Breaks shaped text into lines of a given width: greedy, at the opportunities of <see cref="LineBreakRules"/>.</summary>
public static class LineBreaker
{
    public static List<TextLine> Break(ShapedText shaped, float width, float firstLineIndent, float lineSpacing, TextAlignment alignment)
    {
        var text = shaped.Text;
        var spans = new List<(int Start, int End)>();
        var start = 0;
        while (start < text.Length || spans.Count == 0)
        {
            var indent = spans.Count == 0 ? firstLineIndent : 0;
            var x = indent;
            var lastBreak = -1;
            var end = start;
            for (var i = start; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    end = i;
                    break;
                }

                var w = shaped.CharWidth(i);
                if (x + w > width + Size.Epsilon && i > start && text[i] != ' ')
                {
                    end = lastBreak > start ? lastBreak : EmergencyBreak(text, start, i);
                    break;
                }

                x += w;
                end = i + 1;
                if (LineBreakRules.CanBreakBefore(text, i + 1))
                {
                    lastBreak = i + 1;
                }
            }

            spans.Add((start, end));

            start = end;
            while (start < text.Length && (text[start] == ' ' || text[start] == '\n'))
            {
                start++;
            }

            start += LineBreakRules.SeparatorAt(text, start);
            if (end >= text.Length)
            {
                break;
            }
        }

        NoLoneLastCharacter(shaped, spans, width);
        var lines = new List<TextLine>(spans.Count);
        for (var k = 0; k < spans.Count; k++)
        {
            lines.Add(Line(shaped, spans[k].Start, spans[k].End, k == 0 ? firstLineIndent : 0, width, lineSpacing, alignment));
        }

        return lines;
    }

    /// <summary>
    /// A paragraph does not end on a line of two characters or fewer (孤字, a runt) when the line before
    /// can give it more: the break before it moves back to the latest opportunity that leaves the last
    /// line three characters or more, as Chinese typesetting pulls characters down rather than leave
    /// one or two alone. Only when the new last line fits and the line before keeps two or more.
    /// </summary>
    private static void NoLoneLastCharacter(ShapedText shaped, List<(int Start, int End)> spans, float width)
    {
        const int Runt = 2;
        var text = shaped.Text;
        for (var k = 1; k < spans.Count; k++)
        {
            var (start, end) = spans[k];
            var (prevStart, prevEnd) = spans[k - 1];
            var endsParagraph = end >= text.Length || text[end] == '\n';
            var sameParagraph = text.IndexOf('\n', prevEnd, start - prevEnd) < 0;
            if (!endsParagraph || !sameParagraph || Visible(text, start, end) > Runt || LineBreakRules.SeparatorAt(text, start) > 0 || start > prevEnd)
            {
                continue;
            }

            for (var p = prevEnd - 1; p > prevStart; p--)
            {
                if (!LineBreakRules.CanBreakBefore(text, p) || text[p] == ' ')
                {
                    continue;
                }

                if (Visible(text, prevStart, p) < 2 || LineWidth(shaped, p, end) > width + Size.Epsilon)
                {
                    break;
                }

                if (Visible(text, p, end) > Runt)
                {
                    spans[k - 1] = (prevStart, p);
                    spans[k] = (p, end);
                    break;
                }
            }
        }
    }

    /// <summary>Characters that count for a line's length: not spaces, not punctuation; a surrogate pair once.</summary>
    private static int Visible(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c != ' ' && !char.IsLowSurrogate(c) && !char.IsPunctuation(c) && !LineBreakRules.IsNoStart(c) && !LineBreakRules.IsNoEnd(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Lines that start where a <see cref="LineChooser"/> said (each start a break opportunity of the text).</summary>
    public static List<TextLine> FromStarts(ShapedText shaped, IReadOnlyList<int> starts, float width, float firstLineIndent, float lineSpacing, TextAlignment alignment)
    {
        var lines = new List<TextLine>(starts.Count + 1);
        var start = 0;
        for (var k = 0; k <= starts.Count; k++)
        {
            var end = k < starts.Count ? starts[k] : shaped.Text.Length;
            lines.Add(Line(shaped, start, end, k == 0 ? firstLineIndent : 0, width, lineSpacing, alignment));
            start = end;
            while (start < shaped.Text.Length && shaped.Text[start] == ' ')
            {
                start++;
            }

            start += LineBreakRules.SeparatorAt(shaped.Text, start);
        }

        return lines;
    }

    /// <summary>The width of <c>[start, end)</c> as one line: trailing spaces do not count.</summary>
    public static float LineWidth(ShapedText shaped, int start, int end)
    {
        while (end > start && shaped.Text[end - 1] == ' ')
        {
            end--;
        }

        while (start < end && shaped.Text[start] == ' ')
        {
            start++;
        }

        return shaped.WidthOf(start, end);
    }

    private static TextLine Line(ShapedText shaped, int start, int end, float indent, float width, float lineSpacing, TextAlignment alignment)
    {
        var text = shaped.Text;
        var visibleEnd = end;
        while (visibleEnd > start && text[visibleEnd - 1] == ' ')
        {
            visibleEnd--;
        }

        var lineWidth = indent + shaped.WidthOf(start, visibleEnd);
        var size = shaped.MaxSize(start, visibleEnd);
        var height = size * lineSpacing;
        var baseline = ((height - size) / 2) + (size * 0.88f);
        var isLast = end >= text.Length || text[end] == '\n';
        var gaps = visibleEnd - start - 1;
        var extra = alignment == TextAlignment.Justify && !isLast && gaps > 0 ? Math.Max(0, (width - lineWidth) / gaps) : 0;
        return new TextLine(start, visibleEnd, lineWidth + (extra * Math.Max(0, gaps)), height, baseline, indent, extra);
    }

    /// <summary>No opportunity on the line (one long Latin word): cut before i, but never before a closing mark.</summary>
    private static int EmergencyBreak(string text, int start, int i)
    {
        var cut = i;
        while (cut > start + 1 && (LineBreakRules.IsNoStart(text[cut]) || char.IsLowSurrogate(text[cut])))
        {
            cut--;
        }

        return cut;
    }
}
