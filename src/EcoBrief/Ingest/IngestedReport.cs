using EcoBrief.Diagnostics;

namespace EcoBrief.Ingest;

/// <summary>
/// A report after ingest: clean lines of body text, the chrome that was removed, and a map from
/// offsets in <see cref="Text"/> back to lines of the original.
/// </summary>
public sealed class IngestedReport
{
    private readonly int[] _lineStarts;

    public IngestedReport(string original, string encodingName, IReadOnlyList<SourceLine> lines, IReadOnlyList<ChromeLine> chrome, IReadOnlyList<Diagnostic> diagnostics, FrontMatter? frontMatter = null)
    {
        FrontMatter = frontMatter;
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

    public string EncodingName { get; }

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

        var i = Array.BinarySearch(_lineStarts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return Lines[Math.Clamp(i, 0, Lines.Count - 1)].Line;
    }
}
