using EcoBrief.Diagnostics;
using EcoBrief.Model;

namespace EcoBrief.Publishing;

/// <summary>Everything one report (or comparison) is published into, in memory.</summary>
/// <param name="Briefing">The briefing the files were made from (null for a comparison).</param>
/// <param name="Files">The files, in the order of the output set.</param>
/// <param name="Diagnostics">The briefing's diagnostics (ingest, outline, extraction), then each file's, with its file name as <see cref="Diagnostic.File"/>.</param>
/// <param name="Pages">For each template with a paged file (PDF), its page count, in build order.</param>
public sealed record Publication(Briefing? Briefing, IReadOnlyList<PublishedFile> Files, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<(string Template, int Pages)> Pages);
