using EcoBrief.Layout.Paging;

namespace EcoBrief.Pdf;

/// <summary>A written PDF: its bytes, its pages, what fitting decided, and warnings (characters no font has).</summary>
public sealed record PdfResult(byte[] Bytes, IReadOnlyList<LaidOutPage> Pages, FitOptions Fit, IReadOnlyList<string> Warnings);
