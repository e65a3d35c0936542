using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Publishing;
using EcoBrief.Templating;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// Every front-matter setting has a range, and a value outside it is refused in one line that names
/// the setting, the value and the range — never obeyed into an empty or unusable document, never a
/// crash. A reference document's page setup or styles that Word would not accept are left out.
/// </summary>
public sealed class SettingRangeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-settings-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static TemplateException Refused(string frontMatter) =>
        Assert.Throws<TemplateException>(() => BriefingMarkdown.Parse($"---\n{frontMatter}\n---\n# 标题\n", "t.md.sbn"));

    [Theory]
    [InlineData("paper: B5", "paper: 'B5' is not a paper EcoBrief knows; known: A4, Letter")]
    [InlineData("paper: 0", "paper: '0' is not a paper EcoBrief knows")]
    [InlineData("date: 2024-13-45", "date: '2024-13-45' is not a date written YYYY-MM-DD")]
    [InlineData("date: 2023-02-29", "date: '2023-02-29' is not a date")]
    [InlineData("margins: {left: 120, right: 10}", "margins.left: 120 is outside its range, 0 to 100 mm")]
    [InlineData("margins: {left: 90, right: 90}", "margins: left 90 + right 90 mm leave 30 mm of the paper's 210 mm width; at least 50 mm must be left")]
    [InlineData("margins: {left: 80, right: 81}", "margins: left 80 + right 81 mm leave 49 mm")]
    [InlineData("margins: {top: 1e308}", "margins.top: 1e308 is outside its range, 0 to 100 mm")]
    [InlineData("margins: {top: Infinity}", "margins.top: Infinity is outside its range")]
    [InlineData("margins: {top: NaN}", "margins.top: NaN is outside its range")]
    [InlineData("margins: {top: -5}", "margins.top: -5 is outside its range")]
    [InlineData("title_font_size: 0", "title_font_size: 0 is outside its range, 4 to 144 pt")]
    [InlineData("base_font_size: 0.0001", "base_font_size: 0.0001 is outside its range, 4 to 72 pt")]
    [InlineData("base_font_size: 0", "base_font_size: 0 is outside its range, 4 to 72 pt")]
    [InlineData("base_font_size: 10\nmin_font_size: 12", "min_font_size: 12 is outside its range, 4 to base_font_size (10) pt")]
    [InlineData("base_font_size: 10\nmax_font_size: 8", "max_font_size: 8 is outside its range, base_font_size (10) to 72 pt")]
    [InlineData("max_font_size: 100", "max_font_size: 100 is outside its range, 4 to 72 pt")]
    [InlineData("min_items: 1e9", "min_items: 1e9 is outside its range, a whole number from 0 to 1000")]
    [InlineData("? [a, b]\n: 1", "a setting's name must be a single word, not a list or a mapping")]
    [InlineData("margins: {[top]: 1}", "a setting's name must be a single word")]
    public void A_value_outside_its_range_is_refused_naming_setting_value_and_range(string frontMatter, string expected)
    {
        var e = Refused(frontMatter);
        Assert.StartsWith("t.md.sbn(front matter ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Front_matter_of_100000_nested_brackets_is_refused_before_yaml_reads_it()
    {
        var e = Refused("title: " + new string('[', 100_000));
        Assert.Equal("t.md.sbn(front matter 1): lists and mappings nest more than 32 deep", e.Message);
    }

    [Fact]
    public void Front_matter_of_100000_nested_block_lists_on_one_line_is_refused_before_yaml_reads_it()
    {
        // Two bytes a level: `- - - … x` overflowed YamlDotNet's recursion, a crash (exit 134) no handler catches.
        var e = Refused("keywords:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x");
        Assert.Equal("t.md.sbn(front matter 2): lists and mappings nest more than 32 deep", e.Message);
    }

    [Theory]
    [InlineData("---\n---\n# 标题\n")]
    [InlineData("---\n\n---\n# 标题\n")]
    [InlineData("---\n# only a comment\n---\n# 标题\n")]
    public void Empty_front_matter_gives_the_defaults(string markdown) =>
        Assert.Equal("A4", BriefingMarkdown.Parse(markdown, "t.md.sbn").Settings.Paper);

    [Theory]
    [InlineData("paper: letter\nbase_font_size: 4\ntitle_font_size: 144\nmin_font_size: 4\nmargins: {top: 0, left: 0, right: 0, bottom: 0}\ndate: 2024-02-29")]
    [InlineData("margins: {left: 80, right: 80}")]
    public void Values_at_the_ends_of_their_ranges_are_accepted(string frontMatter) =>
        _ = BriefingMarkdown.Parse($"---\n{frontMatter}\n---\n# 标题\n", "t.md.sbn");

    [Fact]
    public void A_refused_setting_fails_the_build_in_one_line()
    {
        var templates = Path.Combine(_dir, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "summary.md.sbn"), "---\nbase_font_size: 0\n---\n# 标题\n");
        var (exit, _, err) = CliRunner.Run("build", TestPaths.Seed, "-o", Path.Combine(_dir, "out"), "--templates", templates, "--formats", "summary.pdf");
        Assert.Equal(1, exit);
        Assert.Contains("base_font_size: 0 is outside its range, 4 to 72 pt", Assert.Single(err.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_header_with_a_picture_of_its_own_is_not_taken_and_says_so()
    {
        // Regression: the header was skipped without a word (its relationships cannot follow it into the handout).
        var path = Path.Combine(_dir, "ref-header.docx");
        using (var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>("rIdH");
            header.Header = new Header(new Paragraph(new Run(new Text("我们的页眉"))));
            var picture = header.AddImagePart(ImagePartType.Png, "rIdPic");
            using (var png = picture.GetStream(FileMode.Create))
            {
                png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
            }

            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new Paragraph(), new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdH" })));
        }

        var (bytes, warnings) = Handout(path);
        Assert.Empty(EcoBrief.Tests.Docx.DocxWriterTests.Validate(bytes));
        Assert.Contains(warnings, w => w.Contains("ref-header.docx: its header has pictures or links of its own; EcoBrief's header is used", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_header_with_an_external_link_is_not_taken_and_says_so()
    {
        // Regression: only internal relationships counted, so a header whose hyperlink points outside
        // the file was taken, and its r:id pointed at a relationship the handout's header does not have.
        var path = Path.Combine(_dir, "ref-link.docx");
        using (var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>("rIdH");
            var link = header.AddHyperlinkRelationship(new Uri("https://example.org/"), isExternal: true);
            header.Header = new Header(new Paragraph(new Hyperlink(new Run(new Text("我们的网站"))) { Id = link.Id }));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new Paragraph(), new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdH" })));
        }

        var (bytes, warnings) = Handout(path);
        Assert.Empty(EcoBrief.Tests.Docx.DocxWriterTests.Validate(bytes));
        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            Assert.DoesNotContain(zip.Entries, e => new StreamReader(e.Open()).ReadToEnd().Contains("我们的网站", StringComparison.Ordinal));
        }

        Assert.Contains(warnings, w => w.Contains("ref-link.docx: its header has pictures or links of its own; EcoBrief's header is used", StringComparison.Ordinal));
    }

    private string Reference(SectionProperties section, Styles styles)
    {
        var path = Path.Combine(_dir, "ref.docx");
        using var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new Paragraph(), section));
        return path;
    }

    private static (byte[] Bytes, List<string> Warnings) Handout(string reference)
    {
        var diagnostics = new List<EcoBrief.Diagnostics.Diagnostic>();
        var bytes = DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "x.txt"), new DocxWriterOptions { ReferenceDocx = reference }, diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(EcoBrief.Diagnostics.DiagnosticStage.Writer, d.Stage));
        return (bytes, [.. diagnostics.Select(d => d.Text)]);
    }

    [Fact]
    public void A_reference_with_a_zero_page_size_gives_a_valid_handout_on_our_paper()
    {
        var (bytes, warnings) = Handout(Reference(new SectionProperties(new PageSize { Width = 0, Height = 0 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1800, Right = 1800 }), new Styles()));
        Assert.Empty(EcoBrief.Tests.Docx.DocxWriterTests.Validate(bytes));
        Assert.Contains(warnings, w => w.Contains("its page size (0 × 0 twips) is not one Word can print", StringComparison.Ordinal));
        var pgSz = EcoBrief.Tests.Docx.DocxWriterTests.Part(bytes, "word/document.xml").Descendants().Single(e => e.Name.LocalName == "pgSz");
        Assert.Equal("11906", pgSz.Attributes().Single(a => a.Name.LocalName == "w").Value);
    }

    [Fact]
    public void A_reference_with_invalid_style_children_gives_a_valid_handout()
    {
        var broken = new Style(new StyleName { Val = "heading 1" }, new Paragraph(new Run(new Text("not a style child"))), new Body())
        {
            Type = StyleValues.Paragraph,
            StyleId = "Heading1",
        };
        var good = new Style(new StyleName { Val = "Quote" }, new StyleRunProperties(new Color { Val = "C00000" })) { Type = StyleValues.Paragraph, StyleId = "Quote" };
        var (bytes, warnings) = Handout(Reference(new SectionProperties(), new Styles(broken, good)));
        Assert.Empty(EcoBrief.Tests.Docx.DocxWriterTests.Validate(bytes));
        Assert.Contains(warnings, w => w.Contains("1 of its styles ('Heading1') are not valid Word markup and are left out", StringComparison.Ordinal));
        var styles = EcoBrief.Tests.Docx.DocxWriterTests.Part(bytes, "word/styles.xml").ToString();
        Assert.Contains("C00000", styles, StringComparison.Ordinal);
        Assert.DoesNotContain("not a style child", styles, StringComparison.Ordinal);
    }
}
