using EcoBrief.Model;

namespace EcoBrief.Publishing;

/// <summary>Everything one report (or comparison) renders into, in memory.</summary>
/// <param name="Briefing">The briefing the files were made from (null for a comparison).</param>
/// <param name="Files">The files, in the order of the output set.</param>
/// <param name="Warnings">The extraction's warnings, then each file's, prefixed with its file name.</param>
/// <param name="Pages">For each template with a paged file (PDF), its page count, in build order.</param>
public sealed record Publication(Briefing? Briefing, IReadOnlyList<PublishedFile> Files, IReadOnlyList<string> Warnings, IReadOnlyList<(string Template, int Pages)> Pages);
