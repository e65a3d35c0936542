using EcoBrief.Diagnostics;

namespace EcoBrief.Model;

/// <summary>
/// Everything EcoBrief extracts from one report: the contract between extraction and every output.
/// <see cref="Diagnostics"/> is what ingest, outline and extraction found uncertain, in that order;
/// in JSON it is <c>warnings</c>, one line each (<see cref="Diagnostic.Text"/>).
/// </summary>
public sealed record Briefing(
    BriefingMeta Meta,
    IReadOnlyList<BriefingItem> Achievements,
    IReadOnlyList<BriefingItem> Challenges,
    IReadOnlyList<BriefingItem> Tasks,
    IReadOnlyList<BriefingItem> Priorities,
    IReadOnlyList<KeyFigure> Figures,
    [property: System.Text.Json.Serialization.JsonPropertyOrder(1), System.Text.Json.Serialization.JsonPropertyName("warnings")] IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>This year's main targets, in the order the report states them.</summary>
    public IReadOnlyList<KeyTarget> Targets { get; init; } = [];

    /// <summary>How sure the extraction is of each choice; what the summary, the handout and the overview flag when unsure.</summary>
    public BriefingConfidence Confidence { get; init; } = BriefingConfidence.Unknown;
}
