namespace EcoBrief.Layout.Text;

/// <summary>Breaks shaped text into lines of a given width: greedy, at the opportunities of <see cref="LineBreakRules"/>.</summary>
public static class LineBreaker
{
    public static List<TextLine> Break(ShapedText shaped, float width, float firstLineIndent, float lineSpacing, TextAlignment alignment)
    {
        var text = shaped.Text;
        var lines = new List<TextLine>();
        var start = 0;
        while (start < text.Length || lines.Count == 0)
        {
            var indent = lines.Count == 0 ? firstLineIndent : 0;
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

            lines.Add(Line(shaped, start, end, indent, width, lineSpacing, alignment));

            start = end;
            while (start < text.Length && (text[start] == ' ' || text[start] == '\n'))
            {
                start++;
            }

            if (end >= text.Length)
            {
                break;
            }
        }

        return lines;
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
