namespace EcoBrief.Cli.Building;

/// <summary>What a build produces and from what: the same for <c>build</c> and <c>check</c>.</summary>
internal sealed record BuildOptions(
    IReadOnlySet<string> Files,
    string OutputRoot,
    string? TemplatesDirectory = null,
    string? Preset = null,
    string? ReferenceDocx = null)
{
    /// <summary>Whether any of the files of a template (summary, handout) is wanted.</summary>
    public bool WantsAny(string template) => Files.Any(f => f.StartsWith(template + ".", StringComparison.Ordinal));

    public bool Wants(string file) => Files.Contains(file);
}
