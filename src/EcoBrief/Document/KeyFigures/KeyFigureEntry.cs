namespace EcoBrief.Document.KeyFigures;

/// <summary>One card of a key-figures block: what is measured, the figure, and its change.</summary>
public sealed record KeyFigureEntry(string Label, string Value, string Change);
