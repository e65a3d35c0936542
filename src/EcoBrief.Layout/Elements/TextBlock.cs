using EcoBrief.Layout.Drawing;
using EcoBrief.Layout.Text;

namespace EcoBrief.Layout.Elements;

/// <summary>A paragraph of styled runs: shaped once, broken into lines per width, drawn line by line across pages.</summary>
public sealed class TextBlock : Element
{
    private readonly ShapedText _shaped;
    private float _cachedWidth = -1;
    private List<TextLine> _lines = [];
    private int _next;

    public TextBlock(IReadOnlyList<TextSpan> spans, TextAlignment alignment = TextAlignment.Left, float firstLineIndent = 0, float lineSpacing = 1.5f, LineChooser? chooser = null)
    {
        _shaped = new ShapedText(spans);
        Alignment = alignment;
        FirstLineIndent = firstLineIndent;
        LineSpacing = lineSpacing;
        Chooser = chooser;
    }

    public TextBlock(string text, TextStyle style, TextAlignment alignment = TextAlignment.Left)
        : this([new TextSpan(text, style)], alignment)
    {
    }

    public TextAlignment Alignment { get; }

    public float FirstLineIndent { get; }

    public float LineSpacing { get; }

    /// <summary>Where a title, heading or label breaks (words whole, lines even); null for greedy breaking.</summary>
    public LineChooser? Chooser { get; }

    public string Text => _shaped.Text;

    public IReadOnlyList<string> MissingCharacters => _shaped.MissingCharacters;

    public override string Name => $"paragraph 「{(Text.Length > 16 ? Text[..16] + "…" : Text)}」";

    /// <summary>The lines at a width (for tests and fitting decisions).</summary>
    public IReadOnlyList<TextLine> LinesAt(float width) => Lines(width);

    public override SpacePlan Measure(Size available)
    {
        var lines = Lines(available.Width);
        if (_next >= lines.Count)
        {
            return SpacePlan.Empty();
        }

        var height = 0f;
        var count = 0;
        for (var i = _next; i < lines.Count && height + lines[i].Height <= available.Height + Size.Epsilon; i++)
        {
            height += lines[i].Height;
            count++;
        }

        if (count == 0)
        {
            return SpacePlan.Wrap($"{Name}: a line needs {lines[_next].Height:0.#} pt, {available.Height:0.#} pt left");
        }

        var width = lines.Skip(_next).Take(count).Max(l => l.Width);
        return _next + count == lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(ICanvas canvas, float x, float y, Size area)
    {
        var lines = Lines(area.Width);
        var top = y;
        while (_next < lines.Count && top + lines[_next].Height <= y + area.Height + Size.Epsilon)
        {
            DrawLine(canvas, lines[_next], x, top, area.Width);
            top += lines[_next].Height;
            _next++;
        }
    }

    public override void Reset() => _next = 0;

    private List<TextLine> Lines(float width)
    {
        if (Math.Abs(width - _cachedWidth) > Size.Epsilon)
        {
            var text = _shaped.Text;
            var starts = Chooser is not null && !text.Contains('\n', StringComparison.Ordinal)
                ? Chooser(text, (a, b) => (a == 0 ? FirstLineIndent : 0) + LineBreaker.LineWidth(_shaped, a, b), width, i => LineBreakRules.CanBreakBefore(text, i), Alignment == TextAlignment.Center)
                : null;
            if (starts is not null)
            {
                _lines = LineBreaker.FromStarts(_shaped, starts, width, FirstLineIndent, LineSpacing, Alignment);
            }
            else
            {
                _lines = LineBreaker.Break(_shaped, width, FirstLineIndent, LineSpacing, Alignment);
                if (Alignment == TextAlignment.Center && _lines.Count > 1)
                {
                    _lines = Balanced(width, _lines.Count);
                }
            }

            _cachedWidth = width;
        }

        return _lines;
    }

    /// <summary>
    /// A centred heading on several lines reads better with lines of even length than with one
    /// character left alone on the last: the narrowest width that keeps the same number of lines.
    /// </summary>
    private List<TextLine> Balanced(float width, int count)
    {
        var low = width / count;
        var high = width;
        var best = _lines;
        for (var i = 0; i < 12 && high - low > 1; i++)
        {
            var mid = (low + high) / 2;
            var lines = LineBreaker.Break(_shaped, mid, FirstLineIndent, LineSpacing, Alignment);
            if (lines.Count <= count)
            {
                best = lines;
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return best;
    }

    private void DrawLine(ICanvas canvas, TextLine line, float x, float top, float width)
    {
        var start = Alignment switch
        {
            TextAlignment.Center => x + ((width - line.Width) / 2),
            TextAlignment.Right => x + width - line.Width,
            _ => x,
        } + line.Indent;

        var glyphs = _shaped.GlyphsOf(line.Start, line.End);
        var baseline = top + line.Baseline;
        var pen = start;
        var i = 0;
        var lastChar = -1;
        while (i < glyphs.Length)
        {
            // One run per face, size and colour.
            var first = glyphs[i];
            var ids = new List<uint>();
            var xs = new List<float>();
            var ys = new List<float>();
            var clusters = new List<int>();
            var from = first.CharIndex;
            while (i < glyphs.Length && ReferenceEquals(glyphs[i].Face, first.Face) && ReferenceEquals(glyphs[i].Style, first.Style))
            {
                var g = glyphs[i];
                if (g.CharIndex != lastChar && lastChar >= 0)
                {
                    pen += line.GapExtra;
                }

                lastChar = g.CharIndex;
                ids.Add(g.Glyph);
                clusters.Add(g.CharIndex - from);
                xs.Add(pen + g.OffsetX);
                ys.Add(baseline - g.OffsetY);
                pen += g.Advance;
                i++;
            }

            // The run spells the characters up to where the next run starts (or the line ends).
            var to = i < glyphs.Length ? glyphs[i].CharIndex : line.End;
            canvas.DrawGlyphs(new GlyphRun(first.Face, first.Style.Size, first.Style.Color, [.. ids], [.. xs], [.. ys], _shaped.Text[from..to], [.. clusters]));
        }
    }
}
