namespace EcoBrief.Model;

/// <summary>Everything EcoBrief extracts from one report: the contract between extraction and every output.</summary>
public sealed record Briefing(
    BriefingMeta Meta,
    IReadOnlyList<BriefingItem> Achievements,
    IReadOnlyList<BriefingItem> Challenges,
    IReadOnlyList<BriefingItem> Tasks,
    IReadOnlyList<BriefingItem> Priorities,
    IReadOnlyList<KeyFigure> Figures,
    IReadOnlyList<string> Warnings);
