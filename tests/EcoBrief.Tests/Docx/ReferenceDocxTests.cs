using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Docx;

public sealed class ReferenceDocxTests : IDisposable
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-ref-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A house style: Heading 1 in 方正黑体 and red, Letter paper, its own header.</summary>
    private string MakeReference()
    {
        var path = Path.Combine(_dir, "house.docx");
        using var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new Style(
            new StyleName { Val = "heading 1" },
            new StyleRunProperties(new RunFonts { EastAsia = "方正黑体_GBK" }, new Color { Val = "C00000" }))
        { Type = StyleValues.Paragraph, StyleId = "Heading1" });
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(new Run(new Text("某某厅内部资料"))));
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(
            new Paragraph(new Run(new Text("样式"))),
            new SectionProperties(new PageSize { Width = 12240, Height = 15840 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1800, Right = 1800 })));
        return path;
    }

    [Fact]
    public void The_handout_takes_styles_page_setup_and_header_from_the_reference_and_stays_valid()
    {
        var bytes = DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "x.txt"), new DocxWriterOptions { ReferenceDocx = MakeReference() });
        Assert.Empty(DocxWriterTests.Validate(bytes));
        var styles = DocxWriterTests.Part(bytes, "word/styles.xml");
        var h1 = styles.Descendants(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == "Heading1");
        Assert.Equal("C00000", (string?)h1.Descendants(W + "color").Single().Attribute(W + "val"));
        Assert.NotNull(h1.Descendants(W + "numPr").SingleOrDefault());
        Assert.Equal("12240", (string?)DocxWriterTests.Part(bytes, "word/document.xml").Descendants(W + "pgSz").Single().Attribute(W + "w"));
        Assert.Equal("某某厅内部资料", DocxWriterTests.Part(bytes, "word/header1.xml").Descendants(W + "t").Single().Value);
    }

    [Fact]
    public void A_reference_that_is_not_a_zip_is_refused_with_one_line()
    {
        var path = Path.Combine(_dir, "bad.docx");
        File.WriteAllText(path, "not a zip");
        var e = Assert.Throws<InvalidDataException>(() => DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "x.txt"), new DocxWriterOptions { ReferenceDocx = path }));
        Assert.StartsWith($"{path}: not a Word document", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_file_is_refused_with_one_line()
    {
        var path = Path.Combine(_dir, "other.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var w = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            w.Write("hello");
        }

        var e = Assert.Throws<InvalidDataException>(() => DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "x.txt"), new DocxWriterOptions { ReferenceDocx = path }));
        Assert.StartsWith($"{path}: not a Word document", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }
}
