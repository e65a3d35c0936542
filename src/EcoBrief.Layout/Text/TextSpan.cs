namespace EcoBrief.Layout.Text;

/// <summary>A run of text in one style.</summary>
public sealed record TextSpan(string Text, TextStyle Style);
