using EcoBrief.Model;

namespace EcoBrief.Outline;

/// <summary>
/// One paragraph of the report, possibly joined from several source lines, with what it takes to map
/// an offset in <see cref="Text"/> back to the cleaned text and the original line.
/// </summary>
public sealed class Paragraph
{
    private readonly int[] _textStarts;
    private readonly int[] _cleanStarts;
    private readonly int[] _sourceLines;

    internal Paragraph(string text, int[] textStarts, int[] cleanStarts, int[] sourceLines, bool isPartHeading = false)
    {
        Text = text;
        IsPartHeading = isPartHeading;
        _textStarts = textStarts;
        _cleanStarts = cleanStarts;
        _sourceLines = sourceLines;
    }

    public string Text { get; }

    /// <summary>An unnumbered part heading on a line of its own (see <see cref="PartHeading"/>).</summary>
    public bool IsPartHeading { get; }

    /// <summary>1-based original line of the paragraph's first character.</summary>
    public int Line => _sourceLines[0];

    /// <summary>The span of <c>Text[start..end]</c> in the cleaned text, with its original line.</summary>
    public SourceSpan SpanOf(int start, int end)
    {
        var seg = Segment(start);
        var endSeg = Segment(Math.Max(start, end - 1));
        var cleanStart = _cleanStarts[seg] + (start - _textStarts[seg]);
        var cleanEnd = _cleanStarts[endSeg] + (end - _textStarts[endSeg]);
        return new SourceSpan(cleanStart, Math.Max(cleanStart, cleanEnd), _sourceLines[seg]);
    }

    public SourceSpan Span => SpanOf(0, Text.Length);

    private int Segment(int textOffset)
    {
        var i = Array.BinarySearch(_textStarts, textOffset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }
}
