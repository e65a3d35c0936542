using EcoBrief.Diagnostics;

namespace EcoBrief.Ingest;

/// <summary>Text decoded from bytes, with the encoding that was detected and what decoding had to replace or drop.</summary>
public sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<Diagnostic> Diagnostics);
