using Scriban.Parsing;

namespace EcoBrief.Templating;

/// <summary>Formats template positions as <c>path(line,col)</c>, 1-based.</summary>
internal static class TemplateErrors
{
    public static string Place(SourceSpan span) =>
        $"{DisplayName(span.FileName)}({span.Start.Line + 1},{span.Start.Column + 1})";

    public static string Format(LogMessage message) => $"{Place(message.Span)}: {message.Message}";

    /// <summary>Built-in templates are named as in the repository (templates/…); user files by their path.</summary>
    private static string DisplayName(string? fileName) => string.IsNullOrEmpty(fileName) ? "<template>" : fileName;
}
