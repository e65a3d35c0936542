using EcoBrief.Ingest;
using EcoBrief.Model;

namespace EcoBrief.Extraction;

/// <summary>What was made of one report up to its briefing: the cleaned text every span points into, and the briefing.</summary>
/// <param name="Source">The report's file name, as its documents and a comparison name it.</param>
/// <param name="Report">The ingested report: its cleaned text (for spans and a comparison's new phrases).</param>
/// <param name="Briefing">What extraction found in it, corrected by its sidecar when it has one.</param>
public sealed record ExtractedReport(string Source, IngestedReport Report, Briefing Briefing);
