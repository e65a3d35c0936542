namespace EcoBrief.Model;

/// <summary>Everything EcoBrief extracts from one report: the contract between extraction and every output.</summary>
public sealed record Briefing(
    BriefingMeta Meta,
    IReadOnlyList<BriefingItem> Achievements,
    IReadOnlyList<BriefingItem> Challenges,
    IReadOnlyList<BriefingItem> Tasks,
    IReadOnlyList<BriefingItem> Priorities,
    IReadOnlyList<KeyFigure> Figures,
    [property: System.Text.Json.Serialization.JsonPropertyOrder(1)] IReadOnlyList<string> Warnings)
{
    /// <summary>This year's main targets, in the order the report states them.</summary>
    public IReadOnlyList<KeyTarget> Targets { get; init; } = [];
}
