using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>What a comparison says about one of its two reports.</summary>
/// <param name="Source">The report's file name.</param>
/// <param name="Meta">Its title, speaker and date.</param>
public sealed record ComparedSide(string Source, BriefingMeta Meta);
