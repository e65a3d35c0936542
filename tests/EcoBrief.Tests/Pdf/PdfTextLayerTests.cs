using EcoBrief.Ingest;
using EcoBrief.Tests.Support;
using UglyToad.PdfPig;

namespace EcoBrief.Tests.Pdf;

/// <summary>What a reader copies out of the PDFs the layout engine writes.</summary>
public sealed class PdfTextLayerTests
{
    private const string Text = "标题\n甲—乙——丙“丁”\"戊\"5%—5.5%";

    /// <summary>
    /// Found by the round trips of issue 24: the font's zh-Hans substitutions (locl) and its ligature of
    /// the dash pair draw glyphs its cmap does not name, and Skia writes the PDF's map back to text from
    /// the cmap, so —— and ASCII quotes map to U+0000, and — to U+2015 (the glyph it shares). Giving
    /// Skia each run's text and clusters (ActualText) fixes it, and changes the bytes of every PDF that
    /// draws them, the committed output's among them.
    /// </summary>
    [OpenProblemFact("the layout engine's PDFs give no text for the dash pair —— and ASCII quotes, and U+2015 for —")]
    public void The_text_layer_holds_what_was_drawn()
    {
        using var document = PdfDocument.Open(Containers.Print(Text));
        var letters = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("甲—乙——丙“丁”\"戊\"5%—5.5%", letters, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_takes_U2015_for_the_dash_it_is_drawn_as_and_loses_only_what_the_text_layer_lacks()
    {
        var report = SourceReaders.Default.Read(new ReportSource("print.pdf", Containers.Print(Text)));
        Assert.Equal(["标题", "甲—乙 丙“丁”戊5%—5.5%"], report.Lines.Select(l => l.Text));
    }
}
