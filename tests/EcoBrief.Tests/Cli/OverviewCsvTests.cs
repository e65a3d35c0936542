using System.Text;
using EcoBrief.Tests.Comparison;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>
/// overview.csv is UTF-8 with a BOM: what Excel needs to read it as UTF-8. Headless LibreOffice Calc
/// ignores the BOM and reads a CSV in an 8-bit character set unless its filter options name UTF-8
/// (checked with LibreOffice 7.4: 报告 came out as æŠ¥å‘Š, the BOM as ï»¿) — that is Calc's default, not
/// the file's fault; with the options the README gives it reads every field as written.
/// </summary>
public sealed class OverviewCsvTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-overview-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private byte[] Build()
    {
        var (exit, output, err) = CliRunner.Run("build", TestPaths.Seed, CorpusReports.PathOf("2021-state-council-gov-work-report.txt"), "-o", _dir, "--formats", "json");
        Assert.True(exit == 0, output + err);
        return File.ReadAllBytes(Path.Combine(_dir, "overview.csv"));
    }

    [Fact]
    public void The_csv_is_a_utf8_bom_then_strict_utf8_with_crlf_line_ends()
    {
        var csv = Build();

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(csv[3..]);
        Assert.DoesNotContain('\uFEFF', text);
        Assert.Equal(text.Split('\n').Length - 1, text.Split("\r\n").Length - 1);
        Assert.StartsWith("报告,标题,级别,地区,年份,讲话人,", text, StringComparison.Ordinal);
    }

    [RequiresToolFact("git")]
    public void Git_stores_the_committed_output_byte_for_byte_so_a_checkout_keeps_the_csv_line_ends()
    {
        // With '* text=auto eol=lf' alone, git stored overview.csv with LF: a fresh checkout (CI) then had a
        // file check called stale, and Excel a CSV without the CRLF this one promises.
        var (exit, stdout, stderr) = Tools.Run("git", "-C", TestPaths.RepoRoot, "check-attr", "text", "--", "output/overview.csv", "output/index.html", "output/compare/a--b/compare.json");

        Assert.True(exit == 0, stderr);
        Assert.Equal("output/overview.csv: text: unset\noutput/index.html: text: unset\noutput/compare/a--b/compare.json: text: unset\n", stdout);
    }

    [RequiresCalcFact]
    public void LibreOffice_Calc_reads_every_field_as_written_with_the_utf8_filter_options_of_the_readme()
    {
        var csv = Path.Combine(_dir, "overview.csv");
        var expected = Encoding.UTF8.GetString(Build()[3..]);
        var outDir = Path.Combine(_dir, "calc");

        // The README's command: CSV:44,34,76,1 = comma-separated, '"' quotes, UTF-8 (76), from line 1; written back as UTF-8 CSV.
        var (exit, stdout, stderr) = Tools.Run("soffice", $"-env:UserInstallation=file://{Path.Combine(_dir, "profile")}", "--headless", "--infilter=CSV:44,34,76,1",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", outDir, csv);
        var written = Path.Combine(outDir, "overview.csv");
        Assert.True(exit == 0 && File.Exists(written), stdout + stderr);

        var actual = File.ReadAllText(written, Encoding.UTF8);
        Assert.DoesNotContain("ï»¿", actual, StringComparison.Ordinal);
        var (want, got) = (Rows(expected), Rows(actual));
        Assert.Equal(want.Count, got.Count);
        foreach (var (w, g) in want.Zip(got))
        {
            Assert.Equal(w.Length, g.Length);
            // Calc reads 85.5% as the number 85.5 % and writes it back as 85.50%: the same value.
            Assert.All(w.Zip(g), f => Assert.True(f.First == f.Second || (Percent(f.First) is { } a && a == Percent(f.Second)), $"{f.First} read as {f.Second}"));
        }
    }

    [RequiresCalcFact]
    public void LibreOffice_Calc_reads_the_indicators_as_numbers_so_it_sorts_them_numerically()
    {
        // Regression (issue 21): 7%左右 in one field is text to a spreadsheet, which sorts 10% before 9%.
        var (exit, output, err) = CliRunner.Run("build", CorpusReports.PathOf("2026-anhui-gov-work-report.txt"), CorpusReports.PathOf("2026-gansu-gov-work-report.txt"),
            CorpusReports.PathOf("2021-state-council-gov-work-report.txt"), CorpusReports.PathOf("2017-state-council-gov-work-report.txt"), "-o", _dir, "--formats", "json");
        Assert.True(exit == 0, output + err);
        var outDir = Path.Combine(_dir, "calc");
        var (cexit, stdout, stderr) = Tools.Run("soffice", $"-env:UserInstallation=file://{Path.Combine(_dir, "profile")}", "--headless", "--infilter=CSV:44,34,76,1",
            "--convert-to", "fods", "--outdir", outDir, Path.Combine(_dir, "overview.csv"));
        var fods = Path.Combine(outDir, "overview.fods");
        Assert.True(cexit == 0 && File.Exists(fods), stdout + stderr);

        var rows = CalcRows(System.Xml.Linq.XDocument.Load(fods));
        var header = rows[0].Select(c => c.Text).ToList();
        foreach (var column in new[] { "上年GDP增长", "今年GDP目标" })
        {
            var at = header.IndexOf(column);
            var cells = rows.Skip(1).Select(r => r[at]).Where(c => c.Text.Length > 0).ToList();
            Assert.True(cells.Count >= 3, column);
            // A number to Calc, of the value written: its sort on the column is numeric.
            Assert.All(cells, c => Assert.Equal(("float", decimal.Parse(c.Text, System.Globalization.CultureInfo.InvariantCulture)), (c.Type, c.Value)));
        }

        Assert.Equal("左右", rows.Skip(1).Select(r => r[header.IndexOf("今年GDP目标限定")].Text).First(t => t.Length > 0));
    }

    /// <summary>The cells of the first table of a flat ODS file: text, value type and value, repeated cells expanded.</summary>
    private static List<List<(string Text, string Type, decimal Value)>> CalcRows(System.Xml.Linq.XDocument doc)
    {
        System.Xml.Linq.XNamespace table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        System.Xml.Linq.XNamespace office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        var result = new List<List<(string, string, decimal)>>();
        foreach (var row in doc.Descendants(table + "table").First().Descendants(table + "table-row"))
        {
            var cells = new List<(string, string, decimal)>();
            foreach (var cell in row.Elements(table + "table-cell"))
            {
                var repeat = Math.Min(64, int.Parse((string?)cell.Attribute(table + "number-columns-repeated") ?? "1", System.Globalization.CultureInfo.InvariantCulture));
                var type = (string?)cell.Attribute(office + "value-type") ?? string.Empty;
                var value = decimal.TryParse((string?)cell.Attribute(office + "value"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
                var text = string.Concat(cell.Descendants().Where(e => e.Name.LocalName == "p").Select(p => p.Value));
                cells.AddRange(Enumerable.Repeat((text, type, value), repeat));
            }

            result.Add(cells);
        }

        return result;
    }

    /// <summary>Rows of fields, as a reader sees them (Calc writes its own line ends and quotes text fields; no field here holds a comma).</summary>
    private static List<string[]> Rows(string csv) =>
        [.. csv.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Replace("\"", string.Empty, StringComparison.Ordinal).Split(','))];

    private static decimal? Percent(string field) =>
        field.EndsWith('%') && decimal.TryParse(field[..^1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}
