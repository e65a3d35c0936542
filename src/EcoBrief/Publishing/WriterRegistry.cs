using EcoBrief.Comparison;
using EcoBrief.Document;
using EcoBrief.Model;
using EcoBrief.Writers.Html;
using EcoBrief.Writers.Json;
using EcoBrief.Writers.Markdown;
using EcoBrief.Writers.Overview;
using EcoBrief.Writers.Text;

namespace EcoBrief.Publishing;

/// <summary>
/// The formats a program can write: the per-template writers, in the order their files are written
/// and listed, the writers of the data files (briefing.json, compare.json) and of the overview of a
/// build of many reports (index.html, overview.csv). The program's composition root (the CLI)
/// registers them; the engine looks them up by format or extension. Each lives in its own folder,
/// <c>Writers/&lt;Format&gt;/</c> (the paged ones in their projects).
/// </summary>
public sealed class WriterRegistry
{
    public WriterRegistry(IEnumerable<IWriter<BriefingDocument>> documents, IWriter<Briefing> briefingData, IWriter<BriefingComparison> comparisonData, IEnumerable<OverviewOutput>? overview = null)
    {
        Documents = [.. documents];
        BriefingData = briefingData;
        ComparisonData = comparisonData;
        Overview = [.. overview ?? []];
        var formats = Documents.Select(w => w.Format).Append(briefingData.Format).ToList();
        if (formats.Distinct(StringComparer.Ordinal).Count() != formats.Count || Documents.Select(w => w.Extension).Distinct(StringComparer.Ordinal).Count() != Documents.Count)
        {
            throw new ArgumentException("two writers share a format name or an extension", nameof(documents));
        }
    }

    /// <summary>The overview's files: the sortable page, then the spreadsheet's table (before <see cref="Core"/>, which holds them).</summary>
    public static IReadOnlyList<OverviewOutput> OverviewFiles { get; } =
        [new("index.html", new OverviewHtmlWriter()), new("overview.csv", new OverviewCsvWriter())];

    /// <summary>
    /// The engine's own writers, which need nothing native: Markdown, HTML and plain text for each
    /// template, JSON for the data. A program adds its paged formats (PDF, Word) in its composition root.
    /// </summary>
    public static WriterRegistry Core { get; } = new(
        [new MarkdownFormatWriter(), new HtmlFormatWriter(), new PlainTextFormatWriter()],
        new BriefingJsonFormatWriter(),
        new ComparisonJsonFormatWriter(),
        OverviewFiles);

    /// <summary>The writers of a template's document, in the order their files are written.</summary>
    public IReadOnlyList<IWriter<BriefingDocument>> Documents { get; }

    /// <summary>The writer of a report's data file (<c>briefing.json</c>).</summary>
    public IWriter<Briefing> BriefingData { get; }

    /// <summary>The writer of a comparison's data file (<c>compare.json</c>).</summary>
    public IWriter<BriefingComparison> ComparisonData { get; }

    /// <summary>The files of the overview of a build of many reports, in the order they are written.</summary>
    public IReadOnlyList<OverviewOutput> Overview { get; }

    /// <summary>The document writer of a format (<c>html</c>), or null.</summary>
    public IWriter<BriefingDocument>? Find(string format) => Documents.FirstOrDefault(w => w.Format == format);
}
