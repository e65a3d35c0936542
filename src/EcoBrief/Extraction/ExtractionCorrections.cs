using EcoBrief.Model;

namespace EcoBrief.Extraction;

/// <summary>
/// What a user corrects in the extraction of one report, kept in a sidecar beside its source
/// (<c>NAME.ecobrief.yml</c>) so that every regeneration applies it again: the meta fields, which
/// part's list holds the achievements, tasks or priorities, and items to drop or rename.
/// </summary>
/// <param name="Origin">The sidecar's path, for messages.</param>
/// <param name="Meta">Fields that replace what was extracted; a null field keeps the extracted value.</param>
/// <param name="Lists">For achievements, tasks and priorities: the part and list kind to take them from.</param>
/// <param name="Drop">Items (of any category) whose title contains one of these are left out.</param>
/// <param name="Rename">An item whose title contains the key gets the value as its title.</param>
public sealed record ExtractionCorrections(
    string Origin,
    BriefingMeta Meta,
    IReadOnlyDictionary<string, ListChoice> Lists,
    IReadOnlyList<string> Drop,
    IReadOnlyList<KeyValuePair<string, string>> Rename)
{
    /// <summary>The file name of the sidecar of <paramref name="sourcePath"/>: report.txt → report.ecobrief.yml.</summary>
    public static string SidecarOf(string sourcePath) =>
        Path.Combine(Path.GetDirectoryName(sourcePath) ?? string.Empty, Path.GetFileNameWithoutExtension(sourcePath) + ".ecobrief.yml");
}

/// <summary>Where a category's items come from: the part whose heading contains <paramref name="Section"/>, the list whose kind starts with <paramref name="List"/> (（一）, 一是, ——, 1.…).</summary>
public sealed record ListChoice(string? Section, string? List);
