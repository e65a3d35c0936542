using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Docx;

public sealed class DocxWriterTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly Lazy<byte[]> Handout = new(() => DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "2024-mee-work-report.txt")));

    internal static List<string> Validate(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    internal static XDocument Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var s = zip.GetEntry(name)!.Open();
        return XDocument.Load(s);
    }

    [Fact]
    public void Seed_handout_validates_with_zero_errors()
    {
        var errors = Validate(Handout.Value);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void Other_fixtures_and_hostile_text_validate_too()
    {
        foreach (var source in Directory.GetFiles(TestPaths.TestFile("extraction"), "*.txt"))
        {
            var briefing = Pipelines.Extract(source);
            var errors = Validate(DocxWriter.Write(DocumentBuilder.BuiltIn.Build(briefing, "handout", Path.GetFileName(source))));
            Assert.True(errors.Count == 0, source + "\n" + string.Join("\n", errors.Take(10)));
        }

        Assert.Empty(Validate(DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Hostile(), "handout", "x.txt"))));
        Assert.Empty(Validate(DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "summary", "x.txt"))));
    }

    [Fact]
    public void Two_builds_give_identical_bytes()
    {
        var again = DocxWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "2024-mee-work-report.txt"));
        Assert.Equal(Handout.Value, again);
    }

    [Fact]
    public void Package_has_no_random_names_and_fixed_entry_times()
    {
        using var zip = new ZipArchive(new MemoryStream(Handout.Value));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
        var rels = Part(Handout.Value, "_rels/.rels").Descendants().Where(e => e.Name.LocalName == "Relationship").Select(e => (string)e.Attribute("Id")!);
        Assert.All(rels, id => Assert.Matches("^rId[0-9]+$", id));
    }

    [Fact]
    public void Headings_use_heading_styles_numbered_by_numbering_definitions_not_typed()
    {
        var body = Part(Handout.Value, "word/document.xml");
        var styleOf = (XElement p) => (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");
        var paragraphs = body.Descendants(W + "p").ToList();
        var h1 = paragraphs.Where(p => styleOf(p) == "Heading1").Select(p => p.Value).ToList();
        Assert.Equal(["关键数据", "主要成绩", "问题挑战", "战略重点", "重点任务"], h1);
        Assert.Equal(Briefings.Seed.Achievements.Count + Briefings.Seed.Challenges.Count + Briefings.Seed.Priorities.Count + Briefings.Seed.Tasks.Count, paragraphs.Count(p => styleOf(p) == "Heading2"));
        Assert.Single(paragraphs, p => styleOf(p) == "Title");

        var numbering = Part(Handout.Value, "word/numbering.xml");
        var levels = numbering.Descendants(W + "abstractNum").First().Elements(W + "lvl").ToList();
        Assert.Equal("chineseCounting", (string?)levels[0].Element(W + "numFmt")!.Attribute(W + "val"));
        Assert.Equal("%1、", (string?)levels[0].Element(W + "lvlText")!.Attribute(W + "val"));
        Assert.Equal("（%2）", (string?)levels[1].Element(W + "lvlText")!.Attribute(W + "val"));
    }

    [Fact]
    public void Styles_follow_gbt9704_with_east_asian_fonts_and_language()
    {
        var styles = Part(Handout.Value, "word/styles.xml");
        var defaults = styles.Descendants(W + "rPrDefault").Single();
        Assert.Equal("仿宋", (string?)defaults.Descendants(W + "rFonts").Single().Attribute(W + "eastAsia"));
        Assert.Equal("32", (string?)defaults.Descendants(W + "sz").Single().Attribute(W + "val"));
        Assert.Equal("zh-CN", (string?)defaults.Descendants(W + "lang").Single().Attribute(W + "eastAsia"));
        Assert.NotNull(styles.Descendants(W + "pPrDefault").Single().Descendants(W + "kinsoku").SingleOrDefault());
        Assert.Equal("200", (string?)Style(styles, "Normal").Descendants(W + "ind").Single().Attribute(W + "firstLineChars"));
        Assert.Equal("方正小标宋简体", (string?)Style(styles, "Title").Descendants(W + "rFonts").Single().Attribute(W + "eastAsia"));
        Assert.Equal("44", (string?)Style(styles, "Title").Descendants(W + "sz").Single().Attribute(W + "val"));
        Assert.Equal("黑体", (string?)Style(styles, "Heading1").Descendants(W + "rFonts").Single().Attribute(W + "eastAsia"));
        Assert.Equal("楷体", (string?)Style(styles, "Heading2").Descendants(W + "rFonts").Single().Attribute(W + "eastAsia"));
        foreach (var id in new[] { "Subtitle", "Heading3", "ListParagraph", "EcoBriefTable", "Caption", "Quote", "Header", "Footer" })
        {
            Assert.NotNull(Style(styles, id));
        }

        var fonts = Part(Handout.Value, "word/fontTable.xml");
        // Word reads w:altName as one name of at most 31 characters (MS-OI29500 2.1.262): the face of Noto CJK the role falls back to.
        var fangsong = fonts.Descendants(W + "font").Single(f => (string?)f.Attribute(W + "name") == "仿宋");
        Assert.Equal("Noto Serif CJK SC", (string?)fangsong.Element(W + "altName")?.Attribute(W + "val"));
        Assert.Equal(("roman", "variable"), ((string?)fangsong.Element(W + "family")?.Attribute(W + "val"), (string?)fangsong.Element(W + "pitch")?.Attribute(W + "val")));
        var hei = fonts.Descendants(W + "font").Single(f => (string?)f.Attribute(W + "name") == "黑体");
        Assert.Equal(("Noto Sans CJK SC", "swiss"), ((string?)hei.Element(W + "altName")?.Attribute(W + "val"), (string?)hei.Element(W + "family")?.Attribute(W + "val")));
        Assert.All(fonts.Descendants(W + "altName"), a => Assert.DoesNotContain(",", (string)a.Attribute(W + "val")!, StringComparison.Ordinal));
    }

    [Fact]
    public void Page_is_a4_with_gbt9704_margins_header_and_a_page_field_footer()
    {
        var body = Part(Handout.Value, "word/document.xml");
        var sect = body.Descendants(W + "sectPr").Single();
        Assert.Equal("11906", (string?)sect.Element(W + "pgSz")!.Attribute(W + "w"));
        Assert.Equal("2098", (string?)sect.Element(W + "pgMar")!.Attribute(W + "top"));
        Assert.Equal("1587", (string?)sect.Element(W + "pgMar")!.Attribute(W + "left"));
        var footer = Part(Handout.Value, "word/footer1.xml");
        Assert.Contains(" PAGE ", footer.Descendants(W + "instrText").Select(i => i.Value));
        Assert.StartsWith("— ", footer.Descendants(W + "t").First().Value, StringComparison.Ordinal);
        Assert.Equal("2024年全国生态环境保护工作会议", Part(Handout.Value, "word/header1.xml").Descendants(W + "t").Single().Value);
    }

    [Fact]
    public void The_handout_opens_with_the_title_then_speaker_occasion_and_date_as_the_subtitle()
    {
        var paragraphs = Part(Handout.Value, "word/document.xml").Descendants(W + "p").ToList();
        string? Style(XElement p) => p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value;
        var title = paragraphs.FindIndex(p => Style(p) == "Title");
        Assert.Equal("Subtitle", Style(paragraphs[title + 1]));
        // Too long for one line of 3号, it breaks between its parts, the dot dropped there (issue 21: `·` at a line end);
        // the page's posting stamp (时事报告 2024-05-28) is no meeting date and is not shown as one.
        var lines = string.Concat(paragraphs[title + 1].Elements(W + "r").Select(r => r.Element(W + "br") is not null ? "\n" : r.Value));
        Assert.Equal("生态环境部部长黄润秋\n2024年全国生态环境保护工作会议", lines);
    }

    [Fact]
    public void Key_figures_are_a_table_with_a_repeated_header_row_and_sources_are_footnotes()
    {
        var body = Part(Handout.Value, "word/document.xml");
        var tables = body.Descendants(W + "tbl").ToList();
        // The meta stands as the subtitle line under the title; the seed states no targets, so one table.
        var figures = Assert.Single(tables);
        Assert.NotNull(figures.Elements(W + "tr").First().Descendants(W + "tblHeader").SingleOrDefault());
        Assert.Equal("指标数值变化", figures.Elements(W + "tr").First().Value);
        // The headline figures, then the best other results that are no tallies (121起, 8次) or fragments: eight for the seed.
        Assert.Equal(9, figures.Elements(W + "tr").Count());
        var footnotes = Part(Handout.Value, "word/footnotes.xml").Descendants(W + "footnote").Where(f => (int?)f.Attribute(W + "id") > 0).ToList();
        Assert.Equal(25, footnotes.Count);
        // The report's own place, which a reader with the report on paper finds (the line stays in briefing.json).
        Assert.Contains("原文一、（一）", footnotes[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_properties_name_title_creator_language_and_a_reproducible_date()
    {
        var core = Part(Handout.Value, "docProps/core.xml");
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        Assert.Equal(Briefings.Seed.Meta.Title, core.Descendants(dc + "title").Single().Value);
        Assert.Equal("黄润秋", core.Descendants(dc + "creator").Single().Value);
        Assert.Equal("zh-CN", core.Descendants(dc + "language").Single().Value);
        Assert.Equal("2024-05-28T00:00:00Z", core.Descendants(dcterms + "created").Single().Value);
    }

    private static XElement Style(XDocument styles, string id) => styles.Descendants(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == id);
}
