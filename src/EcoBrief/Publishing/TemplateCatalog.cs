using EcoBrief.Templating;

namespace EcoBrief.Publishing;

/// <summary>
/// Which templates of a folder are a report's documents. The rule, in one place: every
/// <c>NAME.md.sbn</c> at the top of the templates folder (files under <c>partials/</c> and other
/// subfolders are includes), except the templates of other verbs (<see cref="VerbTemplates"/>:
/// <c>compare.md.sbn</c> renders a comparison of two reports, not one report). The built-in
/// templates come first, in their order (summary, handout); a folder's others follow in name order.
/// </summary>
public static class TemplateCatalog
{
    /// <summary>Templates that belong to a verb of their own and so are never built per report.</summary>
    public static IReadOnlyList<string> VerbTemplates { get; } = ["compare"];

    /// <summary>The order of the built-in report templates, which also orders their files in a build.</summary>
    private static readonly string[] BuiltInOrder = ["summary", "handout"];

    /// <summary>The report templates <paramref name="loader"/> holds, in build order.</summary>
    public static IReadOnlyList<string> ReportTemplates(TemplateLoader loader)
    {
        var names = loader.TopLevelTemplates().Where(n => !VerbTemplates.Contains(n, StringComparer.Ordinal)).ToList();
        return [.. BuiltInOrder.Where(n => names.Contains(n, StringComparer.Ordinal)), .. names.Where(n => !BuiltInOrder.Contains(n, StringComparer.Ordinal))];
    }
}
