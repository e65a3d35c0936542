using EcoBrief.Diagnostics;
using EcoBrief.Ingest;

namespace EcoBrief.Outline;

/// <summary>The outline of a report: a tree of numbered headings and paragraphs, and the flat paragraph list.</summary>
public sealed class ReportOutline(IngestedReport report, OutlineNode root, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Diagnostic> diagnostics)
{
    public IngestedReport Report { get; } = report;

    public OutlineNode Root { get; } = root;

    public IReadOnlyList<Paragraph> Paragraphs { get; } = paragraphs;

    /// <summary>What reading the numbering found (the <see cref="DiagnosticStage.Outline"/> diagnostics); the ingest's are on <see cref="Report"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
