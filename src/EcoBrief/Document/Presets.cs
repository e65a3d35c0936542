namespace EcoBrief.Document;

/// <summary>The built-in looks: <c>gbt9704</c> for Chinese official documents, <c>plain</c> for a neutral one.</summary>
public static class Presets
{
    // The last names are the families of Noto CJK as installed (Debian fonts-noto-cjk, the repository's
    // fonts: Noto Serif CJK SC, Noto Sans CJK SC); Noto Serif SC / Noto Sans SC are Google Fonts' names of
    // the same faces. Word takes a font's alternative from the font table (one name, w:altName).
    public static FontRoles GbT9704Fonts { get; } = new(
        Title: "方正小标宋简体, 方正小标宋_GBK, 华文中宋, 宋体, SimSun, Noto Serif CJK SC, Noto Serif SC",
        Heading: "黑体, SimHei, Noto Sans CJK SC, Noto Sans SC",
        Subheading: "楷体, KaiTi, 楷体_GB2312, Noto Serif CJK SC, Noto Serif SC",
        Body: "仿宋, FangSong, 仿宋_GB2312, Noto Serif CJK SC, Noto Serif SC",
        Emphasis: "楷体, KaiTi, 楷体_GB2312, Noto Serif CJK SC, Noto Serif SC");

    public static FontRoles PlainFonts { get; } = new(
        Title: "Noto Sans CJK SC, Noto Sans SC, 微软雅黑, Microsoft YaHei, sans-serif",
        Heading: "Noto Sans CJK SC, Noto Sans SC, 微软雅黑, Microsoft YaHei, sans-serif",
        Subheading: "Noto Sans CJK SC, Noto Sans SC, 微软雅黑, Microsoft YaHei, sans-serif",
        Body: "Noto Serif CJK SC, Noto Serif SC, 宋体, SimSun, serif",
        Emphasis: "Noto Serif CJK SC, Noto Serif SC, 宋体, SimSun, serif");

    /// <summary>The preset of a template that names none.</summary>
    public const string Default = "gbt9704";

    /// <summary>
    /// Every preset, by name: a preset is a set of settings, and a new one is a new entry here,
    /// not a change to a writer.
    /// </summary>
    private static readonly (string Name, DocumentSettings Settings)[] All =
    [
        ("gbt9704", new DocumentSettings()),
        ("plain", new DocumentSettings
        {
            Preset = "plain",
            Margins = new PageMargins(25, 25, 25, 25),
            BaseFontSize = 11,
            TitleFontSize = 20,
            Fonts = PlainFonts,
            PageNumber = "{page} / {pages}",
            FirstLineIndent = false,
            PageNumbersOutside = false,
            LinePitch = null,
            GridPitch = 18,
            BoldHeadings = true,
        }),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(p => p.Name)];

    /// <summary>The defaults of a preset, before the front matter's own settings.</summary>
    public static DocumentSettings For(string preset) =>
        All.FirstOrDefault(p => p.Name == preset).Settings
        ?? throw new ArgumentException($"unknown preset '{preset}'; known: {string.Join(", ", Names)}", nameof(preset));
}
