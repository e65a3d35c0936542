using System.IO.Compression;
using System.Xml.Linq;
using EcoBrief.Docx;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Docx;

/// <summary>
/// The handout carries the shipped faces under its fonts' names, cut to the characters it sets in
/// each, so a machine without 仿宋 and 黑体 still draws title, headings and body apart.
/// </summary>
public sealed class DocxEmbeddedFontTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly Lazy<byte[]> Handout = new(() => DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "2024-mee-work-report.txt")));

    [Fact]
    public void Obfuscation_follows_the_standard_example()
    {
        // ISO/IEC 29500-1 §17.8.1: key 001B70DC-AA60-4AD5-90EC-18A0948E1EAE is XORed, reversed
        // (AE1E8E94-A018-EC90-D54A-60AADC701B00), over the first 32 bytes: zeros show the key twice.
        var result = DocxFontEmbedding.Obfuscate(new byte[40], Guid.Parse("001B70DC-AA60-4AD5-90EC-18A0948E1EAE"));
        var key = Convert.FromHexString("AE1E8E94A018EC90D54A60AADC701B00");
        Assert.Equal([.. key, .. key, .. new byte[8]], result);
    }

    [Fact]
    public void Each_Chinese_font_carries_a_face_with_every_character_set_in_it()
    {
        var fonts = DocxWriterTests.Part(Handout.Value, "word/fontTable.xml");
        var table = fonts.Root!.Elements(W + "font").ToDictionary(f => (string)f.Attribute(W + "name")!);
        var document = DocxWriterTests.Part(Handout.Value, "word/document.xml");

        // The body's characters (仿宋, the default font) are all in 仿宋's regular face.
        using var body = Embedded(table["仿宋"], "embedRegular");
        var bodyText = string.Concat(document.Descendants(W + "p")
            .Where(p => p.Element(W + "pPr")?.Element(W + "pStyle") is null)
            .Elements(W + "r").Where(r => r.Element(W + "rPr")?.Element(W + "rStyle") is null && r.Element(W + "rPr")?.Element(W + "rFonts") is null)
            .Elements(W + "t").Select(t => t.Value));
        Assert.True(bodyText.Length > 1000, "the seed's handout has body text");
        Assert.All(bodyText.Where(c => c > 0x2E80 && !char.IsSurrogate(c)).Distinct(), c => Assert.True(body.HasCharacter(c), $"{c} is not in 仿宋's embedded face"));

        // Title and headings in the heavy faces, the body in the regular one; Times New Roman is not carried.
        using var title = Embedded(table["方正小标宋简体"], "embedRegular");
        using var heading = Embedded(table["黑体"], "embedRegular");
        Assert.Equal(("Noto Serif CJK SC", true), (title.Family, title.Bold));
        Assert.Equal(("Noto Sans CJK SC", true), (heading.Family, heading.Bold));
        Assert.Equal(("Noto Serif CJK SC", false), (body.Family, body.Bold));
        Assert.Null(table["Times New Roman"].Element(W + "embedRegular"));

        // A subset, not the 10 MB face: the whole file stays small enough to mail.
        Assert.InRange(Handout.Value.Length, 20_000, 2_000_000);
    }

    [Fact]
    public void Embed_fonts_false_carries_none()
    {
        var handout = DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "2024-mee-work-report.txt");
        var docx = DocxWriter.Write(handout with { Settings = handout.Settings with { EmbedFonts = false } });
        using var zip = new ZipArchive(new MemoryStream(docx));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("word/fonts/", StringComparison.Ordinal));
        Assert.Empty(DocxWriterTests.Part(docx, "word/fontTable.xml").Descendants(W + "embedRegular"));
        Assert.Empty(DocxWriterTests.Validate(docx));
    }

    [Fact]
    public void The_handout_with_its_fonts_is_valid_Open_XML()
    {
        Assert.Empty(DocxWriterTests.Validate(Handout.Value));
        using var zip = new ZipArchive(new MemoryStream(Handout.Value));
        var types = XDocument.Load(zip.GetEntry("[Content_Types].xml")!.Open());
        Assert.Contains(types.Root!.Elements(), e => (string?)e.Attribute("ContentType") == "application/vnd.openxmlformats-officedocument.obfuscatedFont");
    }

    /// <summary>The face a font table entry embeds in <paramref name="slot"/>, de-obfuscated and opened.</summary>
    private static EmbeddedFace Embedded(XElement font, string slot)
    {
        var embed = font.Element(W + slot) ?? throw new Xunit.Sdk.XunitException($"{(string?)font.Attribute(W + "name")} has no {slot}");
        var id = (string)embed.Attribute(R + "id")!;
        var key = Guid.Parse(((string)embed.Attribute(W + "fontKey")!).Trim('{', '}'));
        using var zip = new ZipArchive(new MemoryStream(Handout.Value));
        var rels = XDocument.Load(zip.GetEntry("word/_rels/fontTable.xml.rels")!.Open());
        var target = (string)rels.Root!.Elements(Rel + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        using var stream = zip.GetEntry(target.StartsWith('/') ? target[1..] : "word/" + target)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        // The same XOR undoes it.
        return new EmbeddedFace(DocxFontEmbedding.Obfuscate(copy.ToArray(), key));
    }

    private sealed class EmbeddedFace : IDisposable
    {
        private readonly SkiaSharp.SKTypeface _typeface;

        public EmbeddedFace(byte[] data)
        {
            Assert.Equal(new byte[] { 0, 1, 0, 0 }, data[..4]); // a TrueType file
            _typeface = SkiaSharp.SKTypeface.FromData(SkiaSharp.SKData.CreateCopy(data)) ?? throw new Xunit.Sdk.XunitException("not a font");
        }

        public string Family => _typeface.FamilyName;

        public bool Bold => _typeface.FontStyle.Weight >= 600;

        public bool HasCharacter(char c) => _typeface.GetGlyph(c) != 0;

        public void Dispose() => _typeface.Dispose();
    }
}
