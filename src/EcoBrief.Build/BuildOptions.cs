using EcoBrief.Publishing;

namespace EcoBrief.Build;

/// <summary>What a build produces and from what: the same for <c>build</c>, <c>check</c> and <c>compare</c>.</summary>
/// <param name="Formats">The <c>--formats</c> list (kinds or file names), resolved against the templates found (<see cref="OutputSet"/>).</param>
/// <param name="OutputRoot">The output folder.</param>
/// <param name="Writers">The formats the program registered (its composition root), with their options (a reference document).</param>
/// <param name="TemplatesDirectory">A folder of templates instead of the built-in ones, or null.</param>
/// <param name="Preset">A preset that overrides the templates', or null.</param>
public sealed record BuildOptions(
    string Formats,
    string OutputRoot,
    WriterRegistry Writers,
    string? TemplatesDirectory = null,
    string? Preset = null);
