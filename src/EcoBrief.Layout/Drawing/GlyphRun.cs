using EcoBrief.Layout.Text;

namespace EcoBrief.Layout.Drawing;

/// <summary>Glyphs of one font, size and colour at absolute positions (baseline), with the text they spell.</summary>
public sealed record GlyphRun(FontFace Face, float Size, Color Color, uint[] Glyphs, float[] X, float[] Y, string Text);
