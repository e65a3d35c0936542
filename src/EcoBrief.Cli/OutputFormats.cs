using EcoBrief.Docx;
using EcoBrief.Pdf;
using EcoBrief.Publishing;
using EcoBrief.Writers.Html;
using EcoBrief.Writers.Json;
using EcoBrief.Writers.Markdown;
using EcoBrief.Writers.Text;

namespace EcoBrief.Cli;

/// <summary>
/// The composition root of the writers: every format the program can write, registered once, in the
/// order a document's files are written. A new format is one <see cref="IWriter{TInput}"/> class and
/// one line here.
/// </summary>
internal static class OutputFormats
{
    public static WriterRegistry Registry(string? referenceDocx = null) => new(
        [
            new PdfFormatWriter(),
            new DocxFormatWriter(new DocxWriterOptions { ReferenceDocx = referenceDocx }),
            new MarkdownFormatWriter(),
            new HtmlFormatWriter(),
            new PlainTextFormatWriter(),
        ],
        new BriefingJsonFormatWriter(),
        new ComparisonJsonFormatWriter(),
        WriterRegistry.OverviewFiles);

    /// <summary>The default of <c>--formats</c>: summary.pdf, handout.docx, briefing.json.</summary>
    public const string Default = "pdf,docx,json";
}
