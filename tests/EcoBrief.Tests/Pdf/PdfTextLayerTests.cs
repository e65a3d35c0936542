using EcoBrief.Ingest;
using EcoBrief.Tests.Support;
using UglyToad.PdfPig;

namespace EcoBrief.Tests.Pdf;

/// <summary>What a reader copies out of the PDFs the layout engine writes.</summary>
public sealed class PdfTextLayerTests
{
    private const string Text = "标题\n甲—乙——丙“丁”\"戊\"5%—5.5%";

    private const string Line = "甲—乙——丙“丁”\"戊\"5%—5.5%";

    /// <summary>
    /// Found by the round trips of issue 24: the font's zh-Hans substitutions (locl) and its ligature of
    /// the dash pair draw glyphs its cmap does not name, and Skia writes the PDF's map back to text
    /// (ToUnicode) from the cmap, so there —— and ASCII quotes map to U+0000, and — to U+2015 (the glyph
    /// it is drawn with). Each run now gives Skia its text and clusters, and Skia wraps every glyph whose
    /// map does not spell its text in a span with that text (/ActualText, PDF 14.9.4): a reader that
    /// takes the replacement text, as EcoBrief's does, reads the line as typed.
    /// </summary>
    [Fact]
    public void The_text_layer_holds_what_was_drawn()
    {
        using var document = PdfDocument.Open(Containers.Print(Text), new ParsingOptions { UseActualText = true });
        var letters = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains(Line, letters, StringComparison.Ordinal);
    }

    /// <summary>
    /// A span for each glyph whose map back to text (from the cmap) does not spell what it was drawn for,
    /// and for no other: the zh-Hans —, the dash pair's ligature, the zh-Hans form of each ASCII quote.
    /// </summary>
    [Fact]
    public void Only_the_glyphs_the_font_s_map_does_not_spell_carry_replacement_text()
    {
        using var document = PdfDocument.Open(Containers.Print(Text));
        var spans = document.GetPage(1).GetMarkedContents().Select(m => m.ActualText);
        Assert.Equal(["—", "——", "\"", "\"", "—"], spans);
    }

    /// <summary>
    /// EcoBrief's reader takes the replacement text (PdfPig's UseActualText), so the line reads as typed and
    /// nothing is reported lost; U+2015, which other producers' maps give the dash, it still reads as —.
    /// </summary>
    [Fact]
    public void The_reader_gives_back_the_line_as_typed()
    {
        var report = SourceReaders.Default.Read(new ReportSource("print.pdf", Containers.Print(Text)));
        Assert.Equal(["标题", Line], report.Lines.Select(l => l.Text));
        Assert.Empty(report.Diagnostics);
    }
}
