namespace EcoBrief.Layout.Text;

/// <summary>How a run of text looks: a chain of fonts (the first that has a character draws it), size, colour.</summary>
public sealed record TextStyle(FontChain Fonts, float Size, Color Color);
