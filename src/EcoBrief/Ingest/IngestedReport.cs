using EcoBrief.Diagnostics;
using EcoBrief.Model;

namespace EcoBrief.Ingest;

/// <summary>
/// A report after ingest: clean lines of body text, the chrome that was removed, and a map from
/// offsets in <see cref="Text"/> back to lines of the original — and, for a PDF or a Word file, to its
/// pages and lines or paragraphs (<see cref="Map"/>).
/// </summary>
public sealed class IngestedReport
{
    private readonly int[] _lineStarts;

    public IngestedReport(string original, string encodingName, IReadOnlyList<SourceLine> lines, IReadOnlyList<ChromeLine> chrome, IReadOnlyList<Diagnostic> diagnostics, FrontMatter? frontMatter = null, SourceMap? map = null)
    {
        FrontMatter = frontMatter;
        Map = map ?? SourceMap.TextLines;
        Original = original;
        EncodingName = encodingName;
        Lines = lines;
        Chrome = chrome;
        Diagnostics = diagnostics;
        _lineStarts = new int[lines.Count];
        var offset = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            _lineStarts[i] = offset;
            offset += lines[i].Text.Length + 1;
        }

        Text = string.Join('\n', lines.Select(l => l.Text));
    }

    /// <summary>The text as read, before any cleaning.</summary>
    public string Original { get; }

    /// <summary>How the text was read: the encoding of a text source (<c>UTF-8</c>, <c>GB18030</c>…), or the container (<c>PDF</c>, <c>Word (.docx)</c>).</summary>
    public string EncodingName { get; }

    /// <summary>What <see cref="SourceLine.Line"/> counts and where each number stands in the original (<see cref="SourceMap.TextLines"/> for a text source).</summary>
    public SourceMap Map { get; }

    /// <summary>Clean body lines, joined by '\n' into <see cref="Text"/>.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    public IReadOnlyList<ChromeLine> Chrome { get; }

    /// <summary>What a Markdown report's front matter says (title, source), or null when it has none.</summary>
    public FrontMatter? FrontMatter { get; }

    /// <summary>What decoding and cleaning found (the <see cref="DiagnosticStage.Ingest"/> diagnostics).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The clean text: body lines joined by '\n'.</summary>
    public string Text { get; }

    /// <summary>Offset in <see cref="Text"/> at which clean line <paramref name="index"/> starts.</summary>
    public int LineStart(int index) => _lineStarts[index];

    /// <summary>The 1-based original line that holds clean offset <paramref name="offset"/>.</summary>
    public int SourceLineAt(int offset)
    {
        if (Lines.Count == 0)
        {
            return 0;
        }

        var i = IndexAt(offset);
        return Lines[i].LineAt(offset - _lineStarts[i]);
    }

    /// <summary>Where clean offset <paramref name="offset"/> stands in a PDF or a Word file; null for a text source.</summary>
    public SourcePlace? PlaceAt(int offset) => Lines.Count == 0 ? null : Map.PlaceOf(SourceLineAt(offset));

    /// <summary>The span of clean text from <paramref name="start"/> to <paramref name="end"/>, with its line and, in a PDF or a Word file, its place.</summary>
    public SourceSpan SpanAt(int start, int end) => new(start, end, SourceLineAt(start)) { Place = PlaceAt(start) };

    private int IndexAt(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return Math.Clamp(i, 0, Lines.Count - 1);
    }
}
