using System.Text.Json.Serialization;

namespace EcoBrief.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is. Failures are exceptions (<see cref="UserErrorException"/>), never diagnostics.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The output was made, but something in it is uncertain, missing or changed.</summary>
    Warning,
}

/// <summary>The stage of the pipeline that found a <see cref="Diagnostic"/>.</summary>
public enum DiagnosticStage
{
    /// <summary>Decoding the bytes and cleaning the lines (<c>Ingest/</c>).</summary>
    Ingest,

    /// <summary>Reading the numbered headings into a tree (<c>Outline/</c>).</summary>
    Outline,

    /// <summary>Finding the parts, items, figures and meta, and applying the corrections file (<c>Extraction/</c>).</summary>
    Extraction,

    /// <summary>A writer making a file of a template's document (PDF, DOCX…).</summary>
    Writer,
}

/// <summary>
/// One finding of the pipeline that did not stop it: what kind it is (<see cref="Kind"/>, which gives
/// its stable <see cref="Code"/>, its <see cref="Stage"/> and its <see cref="Severity"/>), the sentence
/// for the user, and where it stands — a 1-based line of the report (0: the report as a whole) and
/// the file it concerns when that is not the report (an output file, a corrections file).
/// It is shown as <see cref="Text"/>, the line <c>briefing.json</c>'s <c>warnings</c> holds.
/// </summary>
/// <param name="Kind">What kind of finding it is (<see cref="DiagnosticKinds"/>).</param>
/// <param name="Message">The sentence for the user, without the line or file it stands at.</param>
/// <param name="Line">The 1-based line of the report it concerns, or 0.</param>
[JsonConverter(typeof(DiagnosticTextConverter))]
public sealed record Diagnostic(DiagnosticKind Kind, string Message, int Line = 0)
{
    /// <summary>The file it concerns when that is not the report: the output file a writer was making, or the corrections file.</summary>
    public string? File { get; init; }

    /// <summary>Where <see cref="Line"/> stands in a PDF (page and line) or a Word file (paragraph); null for a text source, whose line is the place.</summary>
    public Model.SourcePlace? Place { get; init; }

    /// <summary>The stable short code of its kind (<c>EB201</c>), for scripts and the README's table.</summary>
    public string Code => Kind.Code;

    public DiagnosticStage Stage => Kind.Stage;

    public DiagnosticSeverity Severity => Kind.Severity;

    /// <summary>
    /// The one line that shows it: <c>FILE: line N: MESSAGE</c>, each part only when there is one
    /// (the line is left out of the prefix for the kinds whose sentence names it already:
    /// <see cref="DiagnosticKind.MessageNamesLine"/>); in a PDF or a Word file the place is its own,
    /// <c>page 3, line 12: MESSAGE</c>, <c>paragraph 12: MESSAGE</c>.
    /// </summary>
    public string Text
    {
        get
        {
            var line = Line <= 0 || Kind.MessageNamesLine ? string.Empty
                : Place is { } place ? $"{place}: "
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {Line}: ");
            return File is null ? line + Message : $"{File}: {line}{Message}";
        }
    }

    public override string ToString() => Text;
}
