using System.Text.Json;
using EcoBrief.Build;
using EcoBrief.Cli;
using EcoBrief.Cli.Commands;
using EcoBrief.Comparison;
using EcoBrief.Tests.Comparison;
using EcoBrief.Tests.Docx;
using EcoBrief.Tests.Support;
using UglyToad.PdfPig;

namespace EcoBrief.Tests.Cli;

public sealed class CompareCommandTests
{
    private static readonly BuildOptions All = new("all", "unused", OutputFormats.Registry());

    [Fact]
    public void Compare_writes_a_one_page_pdf_a_valid_docx_and_json_and_a_second_run_rewrites_nothing()
    {
        var dir = Directory.CreateTempSubdirectory("ecobrief-compare-").FullName;
        try
        {
            var args = new[] { "compare", CorpusReports.PathOf("2020-state-council-gov-work-report.txt"), CorpusReports.PathOf("2021-state-council-gov-work-report.txt"), "-o", dir };
            var (exit, output, err) = CliRunner.Run(args);
            Assert.True(exit == 0, output + err);
            // 2020 gives six task chapters (三…八); its 五、实施扩大内需战略 pairs with 2021's 坚持扩大内需这个战略基点.
            Assert.Contains("tasks 6 matched, 2 new, 0 dropped", output, StringComparison.Ordinal);
            Assert.Equal(["compare.docx", "compare.json", "compare.pdf"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

            using (var pdf = PdfDocument.Open(Path.Combine(dir, "compare.pdf")))
            {
                Assert.Equal(1, pdf.NumberOfPages);
                var text = pdf.GetPage(1).Text.Replace(" ", string.Empty, StringComparison.Ordinal);
                Assert.Contains("政府工作报告对比", text, StringComparison.Ordinal);
                Assert.Contains("6%以上", text, StringComparison.Ordinal);
            }

            var docx = File.ReadAllBytes(Path.Combine(dir, "compare.docx"));
            Assert.Empty(DocxWriterTests.Validate(docx));
            // Every entry cites its place in both texts as a Word footnote, each report named by its year;
            // no similarity score is printed (compare.json and --explain keep them).
            var document = DocxWriterTests.Part(docx, "word/document.xml").Root!.Value;
            var footnotes = DocxWriterTests.Part(docx, "word/footnotes.xml").Root!.Value;
            Assert.Contains("2020年", footnotes, StringComparison.Ordinal);
            Assert.Contains("2021年", footnotes, StringComparison.Ordinal);
            Assert.DoesNotContain("旧文", document + footnotes, StringComparison.Ordinal);
            Assert.DoesNotContain("相似度", document, StringComparison.Ordinal);
            Assert.DoesNotContain(".txt", document + DocxWriterTests.Part(docx, "word/footer1.xml").Root!.Value, StringComparison.Ordinal);

            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "compare.json")));
            Assert.Equal(6, json.RootElement.GetProperty("tasks").GetProperty("pairs").GetArrayLength());
            Assert.True(json.RootElement.GetProperty("tasks").GetProperty("pairs")[0].GetProperty("score").GetDouble() > 0);
            Assert.True(json.RootElement.GetProperty("has_changes").GetBoolean());

            var times = Directory.GetFiles(dir).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);
            var again = CliRunner.Run(args);
            Assert.Contains("up to date", again.Out, StringComparison.Ordinal);
            Assert.All(times, kv => Assert.Equal(kv.Value, File.GetLastWriteTimeUtc(kv.Key)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(CorpusReports.ConsecutiveYears), MemberType = typeof(CorpusReports))]
    public void Every_consecutive_pair_of_State_Council_reports_gives_one_page_and_a_valid_docx(int old, int @new)
    {
        var output = CompareCommand.Publish(BriefingComparer.Compare(CorpusReports.StateCouncil(old), CorpusReports.StateCouncil(@new)), All);

        Assert.Equal([("compare", 1)], output.Pages);
        Assert.Empty(DocxWriterTests.Validate(output.Files.Single(f => f.FileName == "compare.docx").Bytes));
        using var json = JsonDocument.Parse(output.Files.Single(f => f.FileName == "compare.json").Bytes);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("targets").ValueKind);
    }

    [Fact]
    public void Compare_renders_the_same_bytes_twice()
    {
        var c = BriefingComparer.Compare(CorpusReports.StateCouncil(2016), CorpusReports.StateCouncil(2017));
        var first = CompareCommand.Publish(c, All).Files;
        var second = CompareCommand.Publish(c, All).Files;
        Assert.Equal(first.Select(f => f.FileName), second.Select(f => f.FileName));
        Assert.All(first.Zip(second), p => Assert.Equal(p.First.Bytes, p.Second.Bytes));
    }

    [Fact]
    public void Explain_prints_every_pair_with_its_score_and_shared_bigrams()
    {
        var dir = Directory.CreateTempSubdirectory("ecobrief-compare-").FullName;
        try
        {
            var (exit, output, err) = CliRunner.Run("compare", CorpusReports.PathOf("2011-state-council-gov-work-report.txt"), CorpusReports.PathOf("2012-state-council-gov-work-report.txt"), "-o", dir, "--formats", "json", "--explain");
            Assert.True(exit == 0, err);
            Assert.Contains("tasks: 10 old, 9 new; character-bigram TF-IDF cosine", output, StringComparison.Ordinal);
            Assert.Contains("  pair  ", output, StringComparison.Ordinal);
            Assert.Contains("(shared: ", output, StringComparison.Ordinal);
            Assert.Contains("  dropped old 10 加强廉政建设和反腐败工作", output, StringComparison.Ordinal);
            Assert.Contains("distinctive terms: ", output, StringComparison.Ordinal);
            Assert.Contains(" absent from OLD; ", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Compare_applies_each_reports_corrections_sidecar_as_extract_does()
    {
        // Regression (issue 22): compare read both reports without their NAME.ecobrief.yml, so a
        // corrected title showed in extract and build but not in the comparison.
        var dir = Directory.CreateTempSubdirectory("ecobrief-compare-sidecar-").FullName;
        try
        {
            var old = Path.Combine(dir, "old.txt");
            var @new = Path.Combine(dir, "new.txt");
            File.Copy(CorpusReports.PathOf("2020-state-council-gov-work-report.txt"), old);
            File.Copy(CorpusReports.PathOf("2021-state-council-gov-work-report.txt"), @new);
            File.WriteAllText(Path.Combine(dir, "new.ecobrief.yml"), "meta:\n  title: 二〇二一年政府工作报告（修正）\n");

            var extracted = CliRunner.Run("extract", @new, "--json");
            Assert.Contains("二〇二一年政府工作报告（修正）", extracted.Out, StringComparison.Ordinal);

            var output = Path.Combine(dir, "out");
            var (exit, stdout, err) = CliRunner.Run("compare", old, @new, "-o", output, "--formats", "json,md", "--quiet");
            Assert.True(exit == 0, stdout + err);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "compare.json")));
            Assert.Equal("二〇二一年政府工作报告（修正）", json.RootElement.GetProperty("new").GetProperty("meta").GetProperty("title").GetString());
            Assert.NotEqual("二〇二一年政府工作报告（修正）", json.RootElement.GetProperty("old").GetProperty("meta").GetProperty("title").GetString());
            Assert.Contains("二〇二一年政府工作报告（修正）", File.ReadAllText(Path.Combine(output, "compare.md")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, err) = CliRunner.Run("compare", "a.txt", "b.txt", "--formats", "pdf,xls");
        Assert.Equal(2, exit);
        Assert.Contains("unknown format(s) 'xls'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_report_is_one_line_and_exit_1()
    {
        var (exit, _, err) = CliRunner.Run("compare", "no-such-old.txt", CorpusReports.PathOf("2021-state-council-gov-work-report.txt"), "-o", Path.Combine(Path.GetTempPath(), "ecobrief-never-written"));
        Assert.Equal(1, exit);
        Assert.Single(err.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "ecobrief-never-written")));
    }

    [RequiresToolFact("soffice")]
    public void LibreOffice_converts_compare_docx()
    {
        var dir = Directory.CreateTempSubdirectory("ecobrief-compare-lo-").FullName;
        try
        {
            var output = CompareCommand.Publish(BriefingComparer.Compare(CorpusReports.StateCouncil(2020), CorpusReports.StateCouncil(2021)), All);
            var docx = Path.Combine(dir, "compare.docx");
            File.WriteAllBytes(docx, output.Files.Single(f => f.FileName == "compare.docx").Bytes);
            var (exit, stdout, stderr) = Tools.Run("soffice", $"-env:UserInstallation=file://{Path.Combine(dir, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", dir, docx);
            Assert.True(exit == 0 && File.Exists(Path.Combine(dir, "compare.pdf")), stdout + stderr);
            using var pdf = PdfDocument.Open(Path.Combine(dir, "compare.pdf"));
            Assert.Contains("实行高水平对外开放", string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
