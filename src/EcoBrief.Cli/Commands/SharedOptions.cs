using System.CommandLine;
using EcoBrief.Document;

namespace EcoBrief.Cli.Commands;

/// <summary>
/// The options several verbs take, defined once, so that each means the same everywhere (name,
/// alias, accepted values). Each call makes a new option: a verb may word its description for what
/// it writes.
/// </summary>
internal static class SharedOptions
{
    public static Option<bool> Verbose(string description = "Stack traces on errors.") =>
        new("--verbose", "-v") { Description = description };

    public static Option<string?> Templates(string description = "A folder of templates to use instead of the built-in ones.") =>
        new("--templates") { Description = description };

    public static Option<string?> Preset()
    {
        var preset = new Option<string?>("--preset") { Description = $"{string.Join(" or ", Presets.Names)}: the look of the documents (gbt9704: Chinese official documents); overrides the templates'." };
        preset.AcceptOnlyFromAmong([.. Presets.Names]);
        return preset;
    }

    public static Option<string?> ReferenceDocx(string document = "the handout") =>
        new("--reference-docx") { Description = $"A Word file whose styles, page setup, header and footer {document} takes." };

    /// <summary>A folder to write into, with a default.</summary>
    public static Option<string> OutputFolder(string description, string defaultFolder) =>
        new("--output", "-o") { Description = description, DefaultValueFactory = _ => defaultFolder };

    /// <summary>A file to write instead of stdout.</summary>
    public static Option<string?> OutputFile(string description) =>
        new("--output", "-o") { Description = description };
}
