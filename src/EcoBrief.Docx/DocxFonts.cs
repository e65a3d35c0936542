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

    public static RunFonts RunFonts(string role) => new()
    {
        Ascii = Latin,
        HighAnsi = Latin,
        EastAsia = Primary(role),
        ComplexScript = Latin,
        Hint = FontTypeHintValues.EastAsia,
    };
}
