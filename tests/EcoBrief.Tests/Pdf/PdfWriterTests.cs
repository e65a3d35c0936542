using EcoBrief.Ingest;
using EcoBrief.Extraction;
using EcoBrief.Document;
using EcoBrief.Layout.Paging;
using EcoBrief.Model;
using EcoBrief.Pdf;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;
using UglyToad.PdfPig;

namespace EcoBrief.Tests.Pdf;

public sealed class PdfWriterTests
{
    private static readonly Lazy<PdfResult> Summary = new(() => PdfWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "summary", "2024-mee-work-report.txt")));
    private static readonly Lazy<PdfResult> Handout = new(() => PdfWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "2024-mee-work-report.txt")));

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Summary_is_one_a4_page_read_back_with_every_title()
    {
        using var pdf = PdfDocument.Open(Summary.Value.Bytes);
        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        var text = Squeeze(page.Text);
        var b = Briefings.Seed;
        foreach (var item in b.Achievements.Concat(b.Challenges).Concat(b.Tasks))
        {
            Assert.Contains(Squeeze(item.Title), text, StringComparison.Ordinal);
        }

        Assert.Contains("—1—", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_metadata_names_title_author_and_a_reproducible_date()
    {
        using var pdf = PdfDocument.Open(Summary.Value.Bytes);
        Assert.Equal(Briefings.Seed.Meta.Title, pdf.Information.Title);
        Assert.Equal("黄润秋", pdf.Information.Author);
        Assert.Equal("EcoBrief", pdf.Information.Creator);
        Assert.StartsWith("D:20240528", pdf.Information.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_give_identical_bytes()
    {
        var again = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "summary", "2024-mee-work-report.txt"));
        Assert.Equal(Summary.Value.Bytes, again.Bytes);
    }

    [Fact]
    public void Summary_is_small_because_fonts_are_subset()
    {
        Assert.InRange(Summary.Value.Bytes.Length, 10_000, 300_000);
    }

    [Fact]
    public void Handout_paginates_with_page_numbers_and_bookmarks()
    {
        var handout = Handout.Value;
        Assert.True(handout.Pages.Count > 5);
        using var pdf = PdfDocument.Open(handout.Bytes);
        Assert.Equal(handout.Pages.Count, pdf.NumberOfPages);
        Assert.Contains($"—{pdf.NumberOfPages}—", Squeeze(pdf.GetPage(pdf.NumberOfPages).Text), StringComparison.Ordinal);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Contains("一、关键数据", titles);
        Assert.Contains("（一）积极推进美丽中国先行区建设", titles);
    }

    [Fact]
    public void Fitting_keeps_detail_when_there_is_room_and_drops_it_when_not()
    {
        var few = Briefings.Seed with { Achievements = Briefings.Seed.Achievements.Take(2).ToList(), Challenges = Briefings.Seed.Challenges.Take(2).ToList(), Tasks = Briefings.Seed.Tasks.Take(2).ToList() };
        var small = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(few, "summary", "x.txt"));
        Assert.True(small.Fit.ShowDetail);
        Assert.Single(small.Pages);
        Assert.False(Summary.Value.Fit.ShowDetail);
    }

    [Fact]
    public void A_summary_whose_every_item_is_2000_characters_long_still_fits_one_page()
    {
        var long2000 = new string('长', 1999) + "。";
        var items = Enumerable.Range(0, 12).Select(_ => Briefings.Item(long2000, long2000)).ToList();
        var huge = Briefings.Seed with { Achievements = items, Challenges = items, Tasks = items };
        var result = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(huge, "summary", "x.txt"));
        Assert.Single(result.Pages);
        Assert.False(result.Fit.ShowDetail);
    }

    [Fact]
    public void A_one_page_document_that_cannot_fit_fails_clearly_instead_of_spilling_onto_a_second_page()
    {
        var markdown = "---\none_page: true\nbase_font_size: 11\nmin_font_size: 9\n---\n# 标题\n\n" + string.Concat(Enumerable.Repeat(new string('长', 400) + "。\n\n", 12));
        var document = BriefingMarkdown.Parse(markdown, "test.md.sbn");
        var e = Assert.Throws<PageLayoutException>(() => PdfWriter.Write(document));
        Assert.Contains("does not fit on one page even at 9 pt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_outside_the_fonts_is_a_warning_naming_it()
    {
        var odd = Briefings.Seed with { Meta = Briefings.Seed.Meta with { Title = "生态环境\U0010FFFD报告" } };
        var result = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(odd, "summary", "x.txt"));
        Assert.Contains(result.Diagnostics, w => w.Text.Contains("U+10FFFD", StringComparison.Ordinal));
    }

    [RequiresToolFact("pdftotext")]
    public void Characters_beyond_gb2312_are_drawn_from_embedded_subsets_and_extract_exactly()
    {
        AssertDrawnInBodyAndTitle("勠槃磏蹚钘濛囍昇");
    }

    /// <summary>
    /// The seed with <paramref name="rare"/> in its text and its title, as summary and handout: no
    /// warning, embedded subsets only, the characters extract back, and the bytes are the same twice.
    /// </summary>
    private static void AssertDrawnInBodyAndTitle(string rare)
    {
        var report = File.ReadAllText(TestPaths.Seed).Replace("坚决做到", "坚决做到" + rare, StringComparison.Ordinal);
        var briefing = Stages.Extract(ReportReader.Clean(report));
        var odd = briefing with { Meta = briefing.Meta with { Title = "同心" + rare + "报告" } };
        foreach (var template in new[] { "summary", "handout" })
        {
            var result = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(odd, template, "rare.txt"));
            Assert.Empty(result.Diagnostics);
            var path = Temp(result.Bytes);
            Assert.Contains(rare, Squeeze(Tools.Run("pdftotext", path, "-").Out), StringComparison.Ordinal);
            AssertEmbeddedSubsetsOnly(path);
            Assert.Equal(result.Bytes, PdfWriter.Write(DocumentBuilder.BuiltIn.Build(odd, template, "rare.txt")).Bytes);
        }
    }

    [RequiresToolFact("pdftotext")]
    public void An_extension_b_character_is_drawn_from_a_system_font_or_warned_about_by_code_point()
    {
        var odd = Briefings.Seed with { Meta = Briefings.Seed.Meta with { Title = "生态\U0002003E报告" } };
        var result = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(odd, "summary", "x.txt"));
        var path = Temp(result.Bytes);
        AssertEmbeddedSubsetsOnly(path);
        if (EcoBrief.Layout.Text.SystemFonts.FaceFor(0x2003E, bold: true) is null)
        {
            Assert.Contains(result.Diagnostics, w => w.Text.Contains("U+2003E", StringComparison.Ordinal));

            // A font of this machine that has it but cannot be embedded is named, so the reader knows what to install.
            using var other = SkiaSharp.SKFontManager.Default.MatchCharacter(null, SkiaSharp.SKFontStyle.Bold, ["zh-Hans", "zh"], 0x2003E);
            if (other is not null && other.GetGlyph(0x2003E) != 0)
            {
                Assert.Contains(result.Diagnostics, w => w.Text.Contains("U+2003E", StringComparison.Ordinal) && w.Text.Contains(other.FamilyName, StringComparison.Ordinal) && w.Text.Contains("TrueType", StringComparison.Ordinal));
            }
        }
        else
        {
            Assert.Empty(result.Diagnostics);
            Assert.Contains("生态\U0002003E报告", Squeeze(Tools.Run("pdftotext", path, "-").Out), StringComparison.Ordinal);
        }
    }

    [RequiresEmbeddableFontFact(0x2000B, "pdftotext,pdffonts")]
    public void An_extension_b_character_beside_the_rare_ones_is_drawn_from_a_truetype_system_font_with_no_warning()
    {
        // 𠀋 (U+2000B) is beyond the shipped fonts; where the font fontconfig picks first has CFF
        // outlines (Noto CJK), the fallback takes a font with TrueType outlines that has it.
        AssertDrawnInBodyAndTitle("勠槃磏蹚钘濛囍昇\U0002000B");

        foreach (var bold in new[] { false, true })
        {
            var face = EcoBrief.Layout.Text.SystemFonts.FaceFor(0x2000B, bold);
            Assert.NotNull(face);
            Assert.True(face.HasEmbeddableOutlines(), face.Name);
        }
    }

    private static void AssertEmbeddedSubsetsOnly(string path)
    {
        if (Tools.Find("pdffonts") is null)
        {
            return;
        }

        var (exit, output, _) = Tools.Run("pdffonts", path);
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Contains("CID TrueType", r, StringComparison.Ordinal);
            Assert.Matches(@"^[A-Z]{6}\+", r);
            Assert.Matches(@"yes\s+yes\s+yes", r);
        });
    }

    [RequiresToolFact("pdffonts")]
    public void Pdffonts_sees_only_embedded_subset_cid_truetype_fonts()
    {
        var path = Temp(Summary.Value.Bytes);
        var (exit, output, _) = Tools.Run("pdffonts", path);
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Contains("CID TrueType", r, StringComparison.Ordinal);
            Assert.Matches(@"^[A-Z]{6}\+", r);
            Assert.Matches(@"yes\s+yes\s+yes", r);
        });
    }

    [RequiresToolFact("qpdf")]
    public void Qpdf_check_is_clean()
    {
        foreach (var bytes in new[] { Summary.Value.Bytes, Handout.Value.Bytes })
        {
            var (exit, output, err) = Tools.Run("qpdf", "--check", Temp(bytes));
            Assert.True(exit == 0, output + err);
            Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
        }
    }

    [RequiresToolFact("pdftotext")]
    public void Pdftotext_extracts_every_title_and_no_line_starts_with_closing_punctuation()
    {
        var path = Temp(Summary.Value.Bytes);
        var (_, raw, _) = Tools.Run("pdftotext", path, "-");
        var b = Briefings.Seed;
        foreach (var item in b.Achievements.Concat(b.Challenges).Concat(b.Tasks))
        {
            Assert.Contains(Squeeze(item.Title), Squeeze(raw), StringComparison.Ordinal);
        }

        foreach (var bytes in new[] { Summary.Value.Bytes, Handout.Value.Bytes })
        {
            var (_, layout, _) = Tools.Run("pdftotext", "-layout", Temp(bytes), "-");
            foreach (var line in layout.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                Assert.False("，。、；：？！）》」』〕".Contains(line[0], StringComparison.Ordinal), $"line starts with {line[0]}: {line}");
            }
        }
    }

    private static string Temp(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ecobrief-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_font_role_may_name_a_font_file_on_disk()
    {
        var file = Path.Combine(TestPaths.RepoRoot, "src", "EcoBrief.Layout", "Fonts", "NotoSansSC-Regular.ttf");
        var markdown = $"---\none_page: true\nbase_font_size: 11\nfonts:\n  body: {file}\n---\n# 标题\n\n正文一段。\n";
        var result = PdfWriter.Write(BriefingMarkdown.Parse(markdown, "test.md.sbn"));
        Assert.Contains(result.Pages[0].Content.Runs, r => r.Text.Contains("正文", StringComparison.Ordinal) && r.Face.Name == "NotoSansSC-Regular");
    }
}
