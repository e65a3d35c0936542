using EcoBrief.Model;

namespace EcoBrief.Ingest;

/// <summary>
/// What the numbers of <see cref="SourceLine.Line"/> count in a source, and where each stands in it:
/// lines of a text file (the number is the place: what an editor and <c>grep -n</c> show), paragraphs
/// of a Word file, or lines of a PDF's text counted through the document (page 3, line 12).
/// </summary>
public sealed class SourceMap
{
    private readonly int[] _pageStarts;

    private SourceMap(SourceUnit unit, int[] pageStarts)
    {
        Unit = unit;
        _pageStarts = pageStarts;
    }

    /// <summary>Lines of a text file: a number is its own place.</summary>
    public static SourceMap TextLines { get; } = new(SourceUnit.TextLine, []);

    /// <summary>Paragraphs of a Word file, numbered through its body.</summary>
    public static SourceMap WordParagraphs { get; } = new(SourceUnit.Paragraph, []);

    public SourceUnit Unit { get; }

    /// <summary>The number of pages of a PDF (0 for other sources).</summary>
    public int Pages => _pageStarts.Length;

    /// <summary>Lines of a PDF's text, numbered through the document; <paramref name="pageStarts"/> holds the number of each page's first line (a page without text holds the next page's).</summary>
    public static SourceMap PdfPages(IReadOnlyList<int> pageStarts) => new(SourceUnit.PageLine, [.. pageStarts]);

    /// <summary>Where line (or paragraph) <paramref name="number"/> stands; null for a text file, whose line number is its place.</summary>
    public SourcePlace? PlaceOf(int number)
    {
        switch (Unit)
        {
            case SourceUnit.Paragraph:
                return number > 0 ? SourcePlace.OfParagraph(number) : null;
            case SourceUnit.PageLine when number > 0 && _pageStarts.Length > 0:
                // The last page whose first line is at or before the number (pages without text share their start with the next: the later one holds it).
                var page = Array.FindLastIndex(_pageStarts, s => s <= number);
                page = Math.Max(page, 0);
                return SourcePlace.OnPage(page + 1, number - _pageStarts[page] + 1);
            default:
                return null;
        }
    }
}
