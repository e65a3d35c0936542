using System.Text.Json;
using EcoBrief.Build;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>Every verb takes a report as a Word file, a PDF or a saved page as it takes text: build, check, extract, compare and the watch.</summary>
public sealed class ContainerSourcesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-containers-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Copy(string from, string name)
    {
        var path = Path.Combine(_dir, name);
        File.Copy(from, path, overwrite: true);
        return path;
    }

    private string Seed(string extension) => extension switch
    {
        ".docx" => Copy(Containers.Fixture("docx", "2024-mee-work-report.docx"), "seed-word.docx"),
        ".pdf" => Copy(Containers.Fixture("pdf", "2024-mee-work-report.pdf"), "seed-print.pdf"),
        ".mhtml" => Copy(Containers.Fixture("mhtml", "2024-mee-work-report.news.mhtml"), "seed-saved.mhtml"),
        _ => throw new ArgumentOutOfRangeException(nameof(extension)),
    };

    private static JsonElement Titles(string json, string category)
    {
        using var doc = JsonDocument.Parse(json);
        return JsonSerializer.SerializeToElement(doc.RootElement.GetProperty(category).EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList());
    }

    [Theory]
    [InlineData(".docx")]
    [InlineData(".pdf")]
    [InlineData(".mhtml")]
    public void Extract_reads_a_container_as_the_text_and_places_items_in_it(string extension)
    {
        var source = Seed(extension);
        var (textExit, text, _) = CliRunner.Run("extract", TestPaths.Seed, "--json");
        var (exit, json, stderr) = CliRunner.Run("extract", source, "--json");
        Assert.Equal(0, textExit);
        Assert.True(exit == 0, stderr);
        foreach (var category in new[] { "achievements", "challenges", "tasks" })
        {
            Assert.Equal(Titles(text, category).ToString(), Titles(json, category).ToString());
        }

        // Where each item is: page and line of a PDF, paragraph of a Word file, line of a page's source.
        var (_, outline, _) = CliRunner.Run("extract", source);
        Assert.Matches(extension switch { ".pdf" => @"\[第\d+页第\d+行\]", ".docx" => @"\[第\d+段\]", _ => @"\[行 \d+\]" }, outline);
    }

    [Fact]
    public void Build_takes_a_Word_file_a_PDF_and_a_saved_page_together_and_check_finds_them_current()
    {
        var sources = new[] { Seed(".docx"), Seed(".pdf"), Seed(".mhtml") };
        var output = Path.Combine(_dir, "out");
        var (exit, _, stderr) = CliRunner.Run(["build", .. sources, "-o", output, "--quiet"]);
        Assert.True(exit == 0, stderr);
        foreach (var name in new[] { "seed-word", "seed-print", "seed-saved" })
        {
            foreach (var file in new[] { "summary.pdf", "handout.docx", "briefing.json" })
            {
                Assert.True(File.Exists(Path.Combine(output, name, file)), $"{name}/{file}");
            }
        }

        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        var (checkExit, checkOut, checkErr) = CliRunner.Run(["check", .. sources, "-o", output]);
        Assert.True(checkExit == 0, checkOut + checkErr);
    }

    [Fact]
    public void Compare_takes_a_PDF_against_a_Word_file_of_the_same_report_and_finds_no_change()
    {
        var output = Path.Combine(_dir, "compare");
        var (exit, _, stderr) = CliRunner.Run("compare", Seed(".pdf"), Seed(".docx"), "-o", output, "--formats", "json", "--quiet");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "compare.json")));
        Assert.False(doc.RootElement.GetProperty("has_changes").GetBoolean());
    }

    [Fact]
    public void A_watched_build_watches_a_Word_source_and_its_sidecar()
    {
        var source = Seed(".docx");
        using var watcher = ChangeWatcher.ForBuild(Path.Combine(_dir, "out"), [source], null, null, null, WriterRegistry.Core);
        Assert.True(watcher.IsWatched(source));
        Assert.True(watcher.IsWatched(Path.Combine(_dir, "seed-word.ecobrief.yml")));
    }
}
