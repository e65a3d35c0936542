namespace EcoBrief.Outline;

/// <summary>A sentence of a paragraph: its text and where it stands in the paragraph's text.</summary>
public readonly record struct Sentence(string Text, int Start, int End);
