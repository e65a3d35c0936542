namespace EcoBrief.Document.Conventions;

/// <summary>
/// How a font role of <see cref="FontRoles"/> is read, by every writer: families separated by commas
/// (<c>仿宋, FangSong, 仿宋_GB2312</c>), of which one may be a .ttf/.otf file the PDF embeds and the
/// generic <c>serif</c>/<c>sans-serif</c> that only a browser understands.
/// </summary>
public static class FontRoleNames
{
    /// <summary>What Word and a PDF fall back to when a role names no family they can use.</summary>
    public const string DefaultFamily = "宋体";

    /// <summary>The names of a role, in order, trimmed, empty ones left out.</summary>
    public static string[] Split(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return role.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A name that is a font file.</summary>
    public static bool IsFile(string name) =>
        name.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".otf", StringComparison.OrdinalIgnoreCase);

    /// <summary>A CSS generic family.</summary>
    public static bool IsGeneric(string name) => name is "serif" or "sans-serif";

    /// <summary>The families of a role a word processor can name: no files, no generics; <see cref="DefaultFamily"/> if none is left.</summary>
    public static string[] Families(string role) => [.. Split(role).Where(n => !IsFile(n) && !IsGeneric(n)).DefaultIfEmpty(DefaultFamily)];

    /// <summary>The font file a role names, if any (the first).</summary>
    public static string? File(string role) => Split(role).FirstOrDefault(IsFile);

    /// <summary>Whether a role's first name is a sans (黑体-like) family: 黑, Hei, Sans, 雅黑, YaHei.</summary>
    public static bool IsSans(string role) => Split(role) is { Length: > 0 } names && IsSansName(names[0]);

    private static bool IsSansName(string name) =>
        name.Contains('黑', StringComparison.Ordinal) || name.Contains("Hei", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Sans", StringComparison.OrdinalIgnoreCase) || name.Contains("雅黑", StringComparison.Ordinal) || name.Contains("YaHei", StringComparison.OrdinalIgnoreCase);
}
