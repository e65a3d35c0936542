using EcoBrief.Diagnostics;

namespace EcoBrief.Publishing;

/// <summary>What a writer reports besides its bytes.</summary>
/// <param name="Pages">Pages laid out (paged formats whose page count is known: PDF), else 0.</param>
/// <param name="Diagnostics">What the output could not keep or had to change (<see cref="DiagnosticStage.Writer"/>); the publisher adds the file name.</param>
/// <param name="Note">A short note for the verbose log (how a one-page document was fitted), or null.</param>
public sealed record WriteResult(int Pages, IReadOnlyList<Diagnostic> Diagnostics, string? Note = null)
{
    /// <summary>No pages, no warnings.</summary>
    public static WriteResult Empty { get; } = new(0, []);
}
