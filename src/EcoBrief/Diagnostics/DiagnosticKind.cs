namespace EcoBrief.Diagnostics;

/// <summary>One kind of <see cref="Diagnostic"/>: its stable code, the stage that finds it, and what it means.</summary>
/// <param name="Code">Stable and short: <c>EB</c>, the stage's digit (1 ingest, 2 outline, 3 extraction, 4 writers), two more.</param>
/// <param name="Stage">The stage that finds it.</param>
/// <param name="Summary">What it means, for the table of codes.</param>
/// <param name="MessageNamesLine">Its sentence names the line itself (“…, the first on line 12”), so <see cref="Diagnostic.Text"/> does not prefix it.</param>
/// <param name="Severity">How serious it is (every kind today is a warning).</param>
public sealed record DiagnosticKind(string Code, DiagnosticStage Stage, string Summary, bool MessageNamesLine = false, DiagnosticSeverity Severity = DiagnosticSeverity.Warning)
{

    /// <summary>A finding of this kind about the report as a whole.</summary>
    public Diagnostic Of(string message) => new(this, message);

    /// <summary>A finding of this kind at a 1-based line of the report (0: none).</summary>
    public Diagnostic At(int line, string message) => new(this, message, line);
}
