using EcoBrief.Layout.Text;

namespace EcoBrief.Layout.Drawing;

/// <summary>
/// Glyphs of one font, size and colour at absolute positions (baseline), with the text they spell and,
/// for each glyph, where its characters start in that text (<see cref="Clusters"/>, UTF-16 offsets, in
/// the glyphs' order; a glyph drawn for several characters, as a ligature, starts at the first, and the
/// next cluster's start ends it).
/// </summary>
public sealed record GlyphRun(FontFace Face, float Size, Color Color, uint[] Glyphs, float[] X, float[] Y, string Text, int[] Clusters);
