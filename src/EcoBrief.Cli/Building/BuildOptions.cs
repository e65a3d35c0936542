namespace EcoBrief.Cli.Building;

/// <summary>What a build produces and from what: the same for <c>build</c> and <c>check</c>.</summary>
internal sealed record BuildOptions(
    IReadOnlySet<string> Formats,
    string OutputRoot,
    string? TemplatesDirectory = null,
    string? Preset = null,
    string? ReferenceDocx = null)
{
    public static readonly IReadOnlyList<string> KnownFormats = ["pdf", "docx", "json", "md", "html"];

    public static readonly IReadOnlySet<string> DefaultFormats = new HashSet<string>(StringComparer.Ordinal) { "pdf", "docx", "json" };
}
