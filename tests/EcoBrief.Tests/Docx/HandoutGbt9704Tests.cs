using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Docx;
using EcoBrief.Docx.Renderers;
using EcoBrief.Model;
using EcoBrief.Pdf;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;
using UglyToad.PdfPig;

namespace EcoBrief.Tests.Docx;

/// <summary>The handout as GB/T 9704-2012 sets a document (issue 21): page numbers, tables that do not leave a row alone, a subtitle broken between its parts, a key-data table without empty cells.</summary>
public sealed class HandoutGbt9704Tests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly Lazy<byte[]> Handout = new(() => DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "2024-mee-work-report.txt")));

    [Fact]
    public void Odd_pages_number_on_the_right_and_even_pages_on_the_left_one_character_in()
    {
        var settings = DocxWriterTests.Part(Handout.Value, "word/settings.xml");
        Assert.NotNull(settings.Root!.Element(W + "evenAndOddHeaders"));
        var sect = DocxWriterTests.Part(Handout.Value, "word/document.xml").Descendants(W + "sectPr").Single();
        Assert.Equal(["default", "even"], sect.Elements(W + "footerReference").Select(f => (string)f.Attribute(W + "type")!));
        Assert.Equal(["default", "even"], sect.Elements(W + "headerReference").Select(f => (string)f.Attribute(W + "type")!));

        (string? Jc, string? Left, string? Right) Number(string part)
        {
            var p = DocxWriterTests.Part(Handout.Value, part).Descendants(W + "p").First();
            var ppr = p.Element(W + "pPr")!;
            return ((string?)ppr.Element(W + "jc")?.Attribute(W + "val"), (string?)ppr.Element(W + "ind")?.Attribute(W + "left"), (string?)ppr.Element(W + "ind")?.Attribute(W + "right"));
        }

        Assert.Equal(("right", "0", "280"), Number("word/footer1.xml"));
        Assert.Equal(("left", "280", "0"), Number("word/footer2.xml"));
        Assert.Empty(DocxWriterTests.Validate(Handout.Value));
    }

    [Fact]
    public void The_pdf_handout_numbers_odd_pages_right_and_even_pages_left()
    {
        using var pdf = PdfDocument.Open(PdfWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "2024-mee-work-report.txt")).Bytes);
        Assert.True(pdf.NumberOfPages >= 2);
        for (var n = 1; n <= 2; n++)
        {
            var page = pdf.GetPage(n);
            var number = page.GetWords().Where(w => w.Text == n.ToString(System.Globalization.CultureInfo.InvariantCulture)).MaxBy(w => -w.BoundingBox.Bottom)!;
            var middle = page.Width / 2;
            Assert.True(n % 2 == 1 ? number.BoundingBox.Left > middle + 100 : number.BoundingBox.Right < middle - 100, $"page {n}: number at x {number.BoundingBox.Left}");
        }
    }

    [Fact]
    public void A_short_table_keeps_together_and_a_long_one_keeps_its_last_two_rows_together()
    {
        Assert.All(Enumerable.Range(0, 5), r => Assert.Equal(r < 4, DocxTables.KeepsWithNext(r, 5, hasHeader: true)));
        Assert.Equal([0, 38], Enumerable.Range(0, 40).Where(r => DocxTables.KeepsWithNext(r, 40, hasHeader: true)));
        var table = DocxWriterTests.Part(Handout.Value, "word/document.xml").Descendants(W + "tbl").First();
        var rows = table.Elements(W + "tr").ToList();
        Assert.All(rows.SkipLast(1), r => Assert.NotNull(r.Descendants(W + "keepNext").FirstOrDefault()));
        Assert.Null(rows[^1].Descendants(W + "keepNext").FirstOrDefault());
    }

    [Fact]
    public void The_key_data_table_says_what_changed_in_every_row()
    {
        var span = new SourceSpan(0, 1, 1);
        KeyFigureRow Row(string indicator, string unit, string text, string? change) => new(new KeyFigureEntry(indicator, 1m, unit, text, null, change, FigurePeriod.Result, span));
        Assert.Equal(["全省地区生产总值", "5.3万亿元", "增长5.5%"], Row("全省地区生产总值增长", "%", "5.5%", "总量5.3万亿元").Cells);
        Assert.Equal(["一般公共预算收入", "—", "增长2.9%"], Row("一般公共预算收入增长", "%", "2.9%", null).Cells);
        Assert.Equal(["城镇居民人均可支配收入", "6.9万元", "增长4.2%"], Row("城镇居民人均可支配收入", "万元", "6.9万元", "增长4.2%").Cells);
        Assert.Equal(["城镇新增就业", "75.7万人", "—"], Row("城镇新增就业", "万人", "75.7万人", null).Cells);
        var table = DocxWriterTests.Part(Handout.Value, "word/document.xml").Descendants(W + "tbl").First();
        Assert.All(table.Elements(W + "tr"), r => Assert.All(r.Elements(W + "tc"), c => Assert.NotEqual(string.Empty, c.Value)));
    }

    [Fact]
    public void A_subtitle_too_long_for_a_line_breaks_between_its_parts_without_its_dot()
    {
        Assert.Equal(["省人民政府省长王清宪", "安徽省第十四届人民代表大会第四次会议 · 2026年2月5日"],
            MetaLineRenderer.Lines(["省人民政府省长王清宪", "安徽省第十四届人民代表大会第四次会议", "2026年2月5日"], 54));
        Assert.Equal(["甲 · 乙 · 丙"], MetaLineRenderer.Lines(["甲", "乙", "丙"], 54));
    }

    [Fact]
    public void The_footnotes_cite_the_reports_own_place()
    {
        var notes = DocxWriterTests.Part(Handout.Value, "word/footnotes.xml").Descendants(W + "footnote").Where(f => (int?)f.Attribute(W + "id") > 0).Select(f => f.Value).ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Matches("原文[一二三四五六七八九十]+、", n));
    }
}
