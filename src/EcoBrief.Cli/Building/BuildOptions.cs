namespace EcoBrief.Cli.Building;

/// <summary>What a build produces and from what: the same for <c>build</c> and <c>check</c>.</summary>
/// <param name="Formats">The <c>--formats</c> list (kinds or file names), resolved against the templates found (<see cref="Publishing.OutputSet"/>).</param>
internal sealed record BuildOptions(
    string Formats,
    string OutputRoot,
    string? TemplatesDirectory = null,
    string? Preset = null,
    string? ReferenceDocx = null);
