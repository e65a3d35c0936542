namespace EcoBrief.Ingest;

/// <summary>
/// One line of cleaned text and the 1-based line of the original it came from — for a PDF or a Word
/// file, the number of the source's own unit (<see cref="SourceMap"/> says which, and where it is).
/// </summary>
public sealed record SourceLine(string Text, int Line)
{
    /// <summary>
    /// The lines of the source joined into this one after its first (a PDF's paragraph, wrapped at the
    /// measure): where each starts in <see cref="Text"/> and its number; empty when the line is one of the source's.
    /// </summary>
    public IReadOnlyList<JoinedLine> Joined { get; init; } = [];

    /// <summary>
    /// The heading level the source gives the line (a Word paragraph's outline level + 1, from its own
    /// <c>w:outlineLvl</c> or its style's: heading 1 is 1); null when it says none, as text and Markdown never do
    /// (a Markdown <c>#</c> heading reads as the text it shows, its number typed). The outline keeps a heading
    /// a paragraph of its own and takes one of level 1 as a part heading (<see cref="Outline.OutlineBuilder"/>).
    /// </summary>
    public int? HeadingLevel { get; init; }

    /// <summary>The number of the source's line that holds offset <paramref name="offset"/> of <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        var line = Line;
        foreach (var j in Joined)
        {
            if (j.Offset > offset)
            {
                break;
            }

            line = j.Line;
        }

        return line;
    }
}
