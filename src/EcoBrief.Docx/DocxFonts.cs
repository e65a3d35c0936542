using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document.Conventions;

namespace EcoBrief.Docx;

/// <summary>
/// Font names for Word. A role lists families with fallbacks (仿宋, FangSong, 仿宋_GB2312): the first
/// goes into w:rFonts' East Asian slot, and the font table gives Word the alternative names, so the
/// document looks right on a Chinese Windows desktop and falls back sensibly elsewhere.
/// </summary>
internal static class DocxFonts
{
    /// <summary>Latin text in official documents: Times New Roman (GB/T 9704 leaves digits to the body font's 3号).</summary>
    public const string Latin = "Times New Roman";

    public static string[] Names(string role) => FontRoleNames.Families(role);

    public static string Primary(string role) => Names(role)[0];

    /// <summary>
    /// The one alternative Word is given for a role's font (w:altName, at most 31 characters): the first
    /// free face the role names (Noto CJK, Source Han), which any machine can install, else its second
    /// name; null for a role of one name. The names between are mostly the primary's own other names
    /// (FangSong for 仿宋), which find nothing the primary does not.
    /// </summary>
    public static string? Alternative(IReadOnlyList<string> names)
    {
        var rest = names.Skip(1).Where(n => n.Length <= 31).ToList();
        return rest.FirstOrDefault(n => n.StartsWith("Noto ", StringComparison.Ordinal) || n.StartsWith("Source Han ", StringComparison.Ordinal)) ?? rest.FirstOrDefault();
    }

    public static RunFonts RunFonts(string role) => new()
    {
        Ascii = Latin,
        HighAnsi = Latin,
        EastAsia = Primary(role),
        ComplexScript = Latin,
        Hint = FontTypeHintValues.EastAsia,
    };
}
