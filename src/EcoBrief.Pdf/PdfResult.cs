using EcoBrief.Diagnostics;
using EcoBrief.Layout.Paging;

namespace EcoBrief.Pdf;

/// <summary>A written PDF: its bytes, its pages, what fitting decided, and diagnostics (characters no font has).</summary>
/// <param name="Bytes">The file.</param>
/// <param name="Pages">The pages, as their drawing calls.</param>
/// <param name="Fit">What fitting kept (everything, for a document that may run over pages).</param>
/// <param name="Diagnostics">Characters no font has, with where they stand.</param>
/// <param name="Fill">How much of the body area the content takes on the first page, 0–1: the foot of the last element drawn there over the body's height.</param>
public sealed record PdfResult(byte[] Bytes, IReadOnlyList<LaidOutPage> Pages, FitOptions Fit, IReadOnlyList<Diagnostic> Diagnostics, float Fill);
