using EcoBrief.Diagnostics;

namespace EcoBrief.Cli;

/// <summary>
/// How a diagnostic is printed on stderr, in one place: <c>ecobrief: warning: SUBJECT: FILE: line N: MESSAGE</c>
/// (the subject is the report's folder name in a build, or the comparison's; the rest is
/// <see cref="Diagnostic.Text"/>), one line, with control characters escaped.
/// </summary>
internal static class DiagnosticLines
{
    /// <summary>The line for <paramref name="diagnostic"/>, about <paramref name="subject"/> when it is given.</summary>
    public static string Format(Diagnostic diagnostic, string? subject = null) => Line(diagnostic.Severity, subject, diagnostic.Text);

    /// <summary>The line that says how many of a report's diagnostics were not printed.</summary>
    public static string More(int count, string? subject) =>
        Line(DiagnosticSeverity.Warning, subject, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} more warning(s); --verbose shows them all"));

    /// <summary>Prints at most <paramref name="limit"/> of <paramref name="diagnostics"/> (all when null), then how many were left out.</summary>
    public static void Print(TextWriter stderr, IReadOnlyList<Diagnostic> diagnostics, string? subject, int? limit = null)
    {
        var shown = Math.Min(diagnostics.Count, limit ?? diagnostics.Count);
        foreach (var d in diagnostics.Take(shown))
        {
            stderr.WriteLine(Format(d, subject));
        }

        if (shown < diagnostics.Count)
        {
            stderr.WriteLine(More(diagnostics.Count - shown, subject));
        }
    }

    private static string Line(DiagnosticSeverity severity, string? subject, string text) =>
        EcoBrief.IO.DisplayPath.Escape($"ecobrief: {Word(severity)}: {(subject is null ? string.Empty : subject + ": ")}{text}");

    private static string Word(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Warning => "warning",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
