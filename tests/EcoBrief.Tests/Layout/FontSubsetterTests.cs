using System.Runtime.InteropServices;
using EcoBrief.Layout.Text;
using HarfBuzzSharp;

namespace EcoBrief.Tests.Layout;

public sealed class FontSubsetterTests
{
    private static readonly FontFace Sans = FontFace.ShippedFont(FontFace.SansRegular);

    [Fact]
    public void The_subset_holds_the_used_glyphs_renumbered_in_order_with_a_cmap_for_the_used_characters()
    {
        const string text = "生态环境保护，PM2.5浓度下降。";
        var codePoints = text.EnumerateRunes().Select(r => r.Value).Distinct().Order().ToArray();
        var glyphs = codePoints.Select(GlyphOf).Distinct().Order().ToArray();

        var subset = FontSubsetter.Subset(Sans, glyphs, codePoints);

        // Renumbered 1..n in the order of the full font's ids, .notdef staying 0.
        Assert.Equal(glyphs.Length, subset.GlyphMap.Count);
        Assert.Equal(Enumerable.Range(1, glyphs.Length).Select(i => (ushort)i), glyphs.Select(subset.Map));
        Assert.Equal(0, subset.Map(12345));

        using var face = Load(subset.Data, out var blob);
        using var font = new Font(face);
        // .notdef, the glyphs used, and at most a few HarfBuzz always keeps: not the full font's 65,000 ids.
        Assert.InRange(face.GlyphCount, glyphs.Length + 1, glyphs.Length + 8);
        foreach (var cp in codePoints)
        {
            Assert.True(font.TryGetGlyph((uint)cp, out var g), $"U+{cp:X4} missing from the subset's cmap");
            Assert.Equal(subset.Map(GlyphOf(cp)), g);
        }

        blob.Dispose();
    }

    [Fact]
    public void The_subset_drops_the_tables_a_pdf_never_reads_and_is_a_small_fraction_of_the_font()
    {
        var codePoints = "一二三四五".EnumerateRunes().Select(r => r.Value).ToArray();
        var subset = FontSubsetter.Subset(Sans, codePoints.Select(GlyphOf).Order(), codePoints);

        using var face = Load(subset.Data, out var blob);
        foreach (var tag in new[] { "GSUB", "GPOS", "GDEF", "vmtx" })
        {
            Assert.DoesNotContain(tag, face.Tables.Select(t => t.ToString()));
        }

        foreach (var tag in new[] { "glyf", "loca", "cmap", "hmtx", "head", "name", "post" })
        {
            Assert.Contains(tag, face.Tables.Select(t => t.ToString()));
        }

        Assert.True(subset.Data.Length < 20_000, $"{subset.Data.Length} bytes for five characters");
        blob.Dispose();
    }

    [Fact]
    public void The_characters_of_a_glyph_are_every_character_the_cmap_gives_it()
    {
        // 兀 has a compatibility ideograph of its own glyph in GBK (U+FA0C) where the font maps both.
        foreach (var cp in "生态—兀".EnumerateRunes().Select(r => r.Value))
        {
            var glyph = GlyphOf(cp);
            var characters = FontSubsetter.CharactersOf(Sans, [glyph]);
            Assert.NotNull(characters);
            Assert.Contains(cp, characters);
            Assert.All(characters, c => Assert.Equal(glyph, Sans.NominalGlyph(c)));
        }
    }

    [Fact]
    public void A_subset_of_plain_text_keeps_the_other_characters_of_its_glyphs_in_the_cmap()
    {
        // Named by characters alone (every glyph is a character's own), the subset still maps each
        // character that shares a glyph drawn, as a subset named by glyphs does.
        var codePoints = "生态兀".EnumerateRunes().Select(r => r.Value).ToArray();
        var glyphs = codePoints.Select(GlyphOf).Order().ToArray();
        var subset = FontSubsetter.Subset(Sans, glyphs, codePoints);
        using var face = Load(subset.Data, out var blob);
        using var font = new Font(face);
        foreach (var cp in FontSubsetter.CharactersOf(Sans, [.. glyphs])!)
        {
            Assert.True(font.TryGetGlyph((uint)cp, out var g) && g != 0, $"U+{cp:X4} missing from the subset's cmap");
        }

        blob.Dispose();
    }

    [Fact]
    public void Subsetting_is_deterministic()
    {
        var codePoints = "坚持精准科学依法治污".EnumerateRunes().Select(r => r.Value).Order().ToArray();
        var glyphs = codePoints.Select(GlyphOf).Order().ToArray();
        Assert.Equal(FontSubsetter.Subset(Sans, glyphs, codePoints).Data, FontSubsetter.Subset(Sans, glyphs, codePoints).Data);
    }

    private static uint GlyphOf(int codePoint)
    {
        var text = char.ConvertFromUtf32(codePoint);
        return Sans.Shape(text, 0, text.Length)[0].Glyph;
    }

    private static Face Load(byte[] data, out Blob blob)
    {
        var handle = GCHandle.Alloc(data, GCHandleType.Pinned);
        blob = new Blob(handle.AddrOfPinnedObject(), data.Length, MemoryMode.ReadOnly, () => handle.Free());
        return new Face(blob, 0);
    }
}
