using EcoBrief.Comparison;
using EcoBrief.Document;
using EcoBrief.Model;

namespace EcoBrief.Publishing;

/// <summary>
/// The formats a program can write: the per-template writers, in the order their files are written
/// and listed, and the writers of the data files (briefing.json, compare.json). The program's
/// composition root (the CLI) registers them; the engine looks them up by format or extension.
/// </summary>
public sealed class WriterRegistry
{
    public WriterRegistry(IEnumerable<IWriter<BriefingDocument>> documents, IWriter<Briefing> briefingData, IWriter<BriefingComparison> comparisonData)
    {
        Documents = [.. documents];
        BriefingData = briefingData;
        ComparisonData = comparisonData;
        var formats = Documents.Select(w => w.Format).Append(briefingData.Format).ToList();
        if (formats.Distinct(StringComparer.Ordinal).Count() != formats.Count || Documents.Select(w => w.Extension).Distinct(StringComparer.Ordinal).Count() != Documents.Count)
        {
            throw new ArgumentException("two writers share a format name or an extension", nameof(documents));
        }
    }

    /// <summary>
    /// The engine's own writers, which need nothing native: Markdown, HTML and plain text for each
    /// template, JSON for the data. A program adds its paged formats (PDF, Word) in its composition root.
    /// </summary>
    public static WriterRegistry Core { get; } = new(
        [new MarkdownFormatWriter(), new HtmlFormatWriter(), new PlainTextFormatWriter()],
        new BriefingJsonFormatWriter(),
        new ComparisonJsonFormatWriter());

    /// <summary>The writers of a template's document, in the order their files are written.</summary>
    public IReadOnlyList<IWriter<BriefingDocument>> Documents { get; }

    /// <summary>The writer of a report's data file (<c>briefing.json</c>).</summary>
    public IWriter<Briefing> BriefingData { get; }

    /// <summary>The writer of a comparison's data file (<c>compare.json</c>).</summary>
    public IWriter<BriefingComparison> ComparisonData { get; }

    /// <summary>The document writer of a format (<c>html</c>), or null.</summary>
    public IWriter<BriefingDocument>? Find(string format) => Documents.FirstOrDefault(w => w.Format == format);
}
