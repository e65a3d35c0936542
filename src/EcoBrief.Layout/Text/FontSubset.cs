namespace EcoBrief.Layout.Text;

/// <summary>A font cut to the glyphs a document uses: the font file, and each used glyph's new id in it.</summary>
public sealed class FontSubset(byte[] data, IReadOnlyDictionary<uint, ushort> glyphMap)
{
    /// <summary>The subset font file (TrueType).</summary>
    public byte[] Data { get; } = data;

    /// <summary>Glyph ids of the full font → glyph ids of the subset, for every glyph the subset was made for.</summary>
    public IReadOnlyDictionary<uint, ushort> GlyphMap { get; } = glyphMap;

    /// <summary>The subset's id of a glyph of the full font; .notdef (0) for one the subset was not made for.</summary>
    public ushort Map(uint glyph) => GlyphMap.TryGetValue(glyph, out var g) ? g : (ushort)0;
}
