namespace EcoBrief.Layout.Text;

/// <summary>One glyph of shaped text: its font, style, id, advance and the character it stands for.</summary>
internal readonly record struct ShapedGlyph(FontFace Face, TextStyle Style, uint Glyph, float Advance, float OffsetX, float OffsetY, int CharIndex);
