namespace EcoBrief.Document;

/// <summary>The built-in looks: <c>gbt9704</c> for Chinese official documents, <c>plain</c> for a neutral one.</summary>
public static class Presets
{
    public static FontRoles GbT9704Fonts { get; } = new(
        Title: "方正小标宋简体, 方正小标宋_GBK, 华文中宋, 宋体, SimSun, Noto Serif SC",
        Heading: "黑体, SimHei, Noto Sans SC",
        Subheading: "楷体, KaiTi, 楷体_GB2312, Noto Serif SC",
        Body: "仿宋, FangSong, 仿宋_GB2312, Noto Serif SC",
        Emphasis: "楷体, KaiTi, 楷体_GB2312, Noto Serif SC");

    public static FontRoles PlainFonts { get; } = new(
        Title: "Noto Sans SC, 微软雅黑, Microsoft YaHei, sans-serif",
        Heading: "Noto Sans SC, 微软雅黑, Microsoft YaHei, sans-serif",
        Subheading: "Noto Sans SC, 微软雅黑, Microsoft YaHei, sans-serif",
        Body: "Noto Serif SC, 宋体, SimSun, serif",
        Emphasis: "Noto Serif SC, 宋体, SimSun, serif");

    public static IReadOnlyList<string> Names { get; } = ["gbt9704", "plain"];

    /// <summary>The defaults of a preset, before the front matter's own settings.</summary>
    public static DocumentSettings For(string preset) => preset switch
    {
        "gbt9704" => new DocumentSettings(),
        "plain" => new DocumentSettings
        {
            Preset = "plain",
            Margins = new PageMargins(25, 25, 25, 25),
            BaseFontSize = 11,
            TitleFontSize = 20,
            Fonts = PlainFonts,
            PageNumber = "{page} / {pages}",
            FirstLineIndent = false,
        },
        _ => throw new ArgumentException($"unknown preset '{preset}'; known: {string.Join(", ", Names)}", nameof(preset)),
    };
}
