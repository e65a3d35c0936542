using System.IO.Compression;
using System.Xml.Linq;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Publishing;
using EcoBrief.Tests.Docx;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Document;

/// <summary>A preset is a set of settings; the writers read the settings, never the preset's name.</summary>
public sealed class PresetsTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static XDocument Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static XElement Style(XDocument styles, string id) =>
        styles.Descendants(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == id);

    [Fact]
    public void Every_preset_is_an_entry_of_settings_and_an_unknown_name_is_refused()
    {
        Assert.Equal(["gbt9704", "plain"], Presets.Names);
        Assert.Equal(Presets.Default, Presets.For(Presets.Default).Preset);
        var gb = Presets.For("gbt9704");
        var plain = Presets.For("plain");
        Assert.Equal((28.9, 28.95, false), (gb.LinePitch, gb.GridPitch, gb.BoldHeadings));
        Assert.Equal((null, 18.0, true), (plain.LinePitch, plain.GridPitch, plain.BoldHeadings));
        Assert.Throws<ArgumentException>(() => Presets.For("fancy"));
    }

    [Fact]
    public void The_word_writer_follows_the_settings_whatever_the_preset_is_called()
    {
        var handout = DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "seed.txt");
        Assert.Equal("gbt9704", handout.Settings.Preset);
        var gb = DocxWriter.Write(handout);
        // The same preset name with plain's line settings: the writer must follow the settings.
        var relaxed = DocxWriter.Write(handout with { Settings = handout.Settings with { LinePitch = null, GridPitch = 18, BoldHeadings = true } });

        Assert.Equal("579", Part(gb, "word/document.xml").Descendants(W + "docGrid").Single().Attribute(W + "linePitch")!.Value);
        Assert.Equal("360", Part(relaxed, "word/document.xml").Descendants(W + "docGrid").Single().Attribute(W + "linePitch")!.Value);

        var gbStyles = Part(gb, "word/styles.xml");
        var relaxedStyles = Part(relaxed, "word/styles.xml");
        Assert.Equal("exact", gbStyles.Descendants(W + "pPrDefault").Descendants(W + "spacing").Single().Attribute(W + "lineRule")!.Value);
        Assert.Equal("auto", relaxedStyles.Descendants(W + "pPrDefault").Descendants(W + "spacing").Single().Attribute(W + "lineRule")!.Value);
        Assert.Empty(Style(gbStyles, DocxStyles.Heading1).Descendants(W + "b"));
        Assert.NotEmpty(Style(relaxedStyles, DocxStyles.Heading1).Descendants(W + "b"));
        Assert.Empty(DocxWriterTests.Validate(relaxed));
    }
}
