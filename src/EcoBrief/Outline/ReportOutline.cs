using EcoBrief.Ingest;

namespace EcoBrief.Outline;

/// <summary>The outline of a report: a tree of numbered headings and paragraphs, and the flat paragraph list.</summary>
public sealed class ReportOutline(IngestedReport report, OutlineNode root, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<string> warnings)
{
    public IngestedReport Report { get; } = report;

    public OutlineNode Root { get; } = root;

    public IReadOnlyList<Paragraph> Paragraphs { get; } = paragraphs;

    public IReadOnlyList<string> Warnings { get; } = warnings;
}
