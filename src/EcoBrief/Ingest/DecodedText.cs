namespace EcoBrief.Ingest;

/// <summary>Text decoded from bytes, with the encoding that was detected.</summary>
public sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<string> Warnings);
