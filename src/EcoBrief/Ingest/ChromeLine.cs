namespace EcoBrief.Ingest;

/// <summary>A line removed as web-page chrome. Kept, because bylines and datelines carry metadata.</summary>
public sealed record ChromeLine(string Text, int Line, ChromeKind Kind);
