using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>One side of a comparison: the report's cleaned text (for spans and new phrases) and what was extracted from it.</summary>
/// <param name="Source">The report's file name, as the comparison names it.</param>
/// <param name="Report">The ingested report: its cleaned text, which every span points into.</param>
/// <param name="Briefing">What extraction found in it.</param>
public sealed record ComparedReport(string Source, IngestedReport Report, Briefing Briefing)
{
    /// <summary>Reads and extracts a report file, with the corrections of its sidecar (NAME.ecobrief.yml) when it has one, as <c>extract</c> does.</summary>
    public static ComparedReport FromFile(string path)
    {
        var report = ReportReader.ReadFile(path);
        return new ComparedReport(Path.GetFileName(path), report, BriefingExtractor.Extract(Outline.OutlineBuilder.Build(report), null, CorrectionsReader.ForSource(path)));
    }

    /// <summary>Reads and extracts a report given as text (tests).</summary>
    public static ComparedReport FromText(string source, string text)
    {
        var report = ReportReader.Clean(text);
        return new ComparedReport(source, report, BriefingExtractor.Extract(report));
    }
}
