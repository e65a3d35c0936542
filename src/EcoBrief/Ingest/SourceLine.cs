namespace EcoBrief.Ingest;

/// <summary>One line of cleaned text and the 1-based line of the original it came from.</summary>
public sealed record SourceLine(string Text, int Line);
