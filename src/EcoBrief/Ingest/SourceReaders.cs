using EcoBrief.Diagnostics;
using EcoBrief.Ingest.Docx;
using EcoBrief.Ingest.Html;
using EcoBrief.Ingest.Pdf;

namespace EcoBrief.Ingest;

/// <summary>
/// The ingest stage's readers, asked in order: the first that accepts a source reads it. A refusal
/// names the source: <c>PATH: WHY</c>.
/// </summary>
public sealed class SourceReaders
{
    public SourceReaders(params IEnumerable<ISourceReader> readers)
    {
        All = [.. readers];
        if (All.Count == 0)
        {
            throw new ArgumentException("at least one reader is needed", nameof(readers));
        }
    }

    /// <summary>
    /// The readers EcoBrief ships, each chosen by its extension and confirmed by the bytes (a Word file
    /// or a PDF under a name that says nothing is found by its bytes): Word, PDF, a saved web page,
    /// Markdown, then plain text (which also takes a page's markup saved as text).
    /// </summary>
    public static SourceReaders Default { get; } = new(new DocxReader(), new PdfReader(), new HtmlReader(), new MarkdownReader(), new PlainTextReader());

    public IReadOnlyList<ISourceReader> All { get; }

    /// <summary>The reader of <paramref name="source"/>: the first that accepts it, else the last.</summary>
    public ISourceReader For(ReportSource source) => All.FirstOrDefault(r => r.Accepts(source)) ?? All[^1];

    /// <summary>Reads <paramref name="source"/> with its reader.</summary>
    /// <exception cref="InputRejectedException">It is no report (empty, not text…): the message names it.</exception>
    public IngestedReport Read(ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            return For(source).Read(source);
        }
        catch (InputRejectedException e) when (e.Subject is null)
        {
            throw new InputRejectedException(source.Path, e.Message, e);
        }
    }
}
