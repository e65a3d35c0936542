using System.Text.Json;
using EcoBrief.Tests.Comparison;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>A build compares the pairs of a pairs file (the main job: seeds/compare.pairs) into OUTPUT/compare/&lt;old&gt;--&lt;new&gt;/; check covers them.</summary>
public sealed class ComparisonPairsTests : IDisposable
{
    private const string Old = "2017-state-council-gov-work-report.txt";
    private const string New = "2018-state-council-gov-work-report.txt";
    private const string Pair = "2017-state-council-gov-work-report--2018-state-council-gov-work-report";

    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-pairs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Seeds(string pairs)
    {
        var seeds = Path.Combine(_dir, "project", "seeds");
        Directory.CreateDirectory(seeds);
        File.Copy(CorpusReports.PathOf(Old), Path.Combine(seeds, Old), overwrite: true);
        File.Copy(CorpusReports.PathOf(New), Path.Combine(seeds, New), overwrite: true);
        File.WriteAllText(Path.Combine(seeds, "compare.pairs"), pairs);
        return seeds;
    }

    [Fact]
    public void The_main_job_compares_the_pairs_of_seeds_compare_pairs_and_check_covers_them()
    {
        Seeds($"# a comment\n\n{Old} -> {New}\n");
        var project = Path.Combine(_dir, "project");
        var cli = Path.Combine(AppContext.BaseDirectory, "EcoBrief.Cli.dll");
        var env = new Dictionary<string, string> { ["CI"] = "true" };

        var (exit, stdout, stderr) = Tools.RunIn(project, "dotnet", env, cli, "build", "--formats", "json,pdf");
        Assert.True(exit == 0, stdout + stderr);
        var dir = Path.Combine(project, "output", "compare", Pair);
        // The build's kinds ask for the comparison's: json -> compare.json, pdf -> compare.pdf.
        Assert.Equal(["compare.json", "compare.pdf"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "compare.json"))))
        {
            Assert.NotEqual(0, json.RootElement.GetProperty("distinctive_terms").GetArrayLength());
        }

        // The overview links the comparison's files.
        var html = File.ReadAllText(Path.Combine(project, "output", "index.html"));
        Assert.Contains($"<li>2017-state-council-gov-work-report → 2018-state-council-gov-work-report：<a href=\"compare/{Pair}/compare.pdf\">PDF</a> · <a href=\"compare/{Pair}/compare.json\">数据</a></li>", html, StringComparison.Ordinal);

        var check = Tools.RunIn(project, "dotnet", env, cli, "check", "--formats", "json,pdf");
        Assert.Equal(0, check.Exit);
        Assert.Contains("up to date: 2 document(s) and 1 comparison(s)", check.Out, StringComparison.Ordinal);
        var again = Tools.RunIn(project, "dotnet", env, cli, "build", "--formats", "json,pdf");
        Assert.Contains("everything is up to date", again.Out, StringComparison.Ordinal);

        File.Delete(Path.Combine(dir, "compare.pdf"));
        var stale = Tools.RunIn(project, "dotnet", env, cli, "check", "--formats", "json,pdf");
        Assert.Equal(3, stale.Exit);
        Assert.Contains($"{Path.Combine("output", "compare", Pair, "compare.pdf")} (missing)", stale.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_sources_compare_nothing_unless_pairs_are_named()
    {
        var seeds = Seeds($"{Old} -> {New}\n");
        var output = Path.Combine(_dir, "out");
        string[] sources = [Path.Combine(seeds, Old), Path.Combine(seeds, New)];

        Assert.Equal(0, CliRunner.Run(["build", .. sources, "-o", output, "--formats", "json"]).Exit);
        Assert.False(Directory.Exists(Path.Combine(output, "compare")));

        var (exit, stdout, stderr) = CliRunner.Run(["build", .. sources, "-o", output, "--formats", "json", "--pairs", Path.Combine(seeds, "compare.pairs")]);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal(["compare.json"], Directory.GetFiles(Path.Combine(output, "compare", Pair)).Select(Path.GetFileName));
        Assert.Equal(0, CliRunner.Run(["check", .. sources, "-o", output, "--formats", "json", "--pairs", Path.Combine(seeds, "compare.pairs")]).Exit);
    }

    [Theory]
    [InlineData("a.txt b.txt\n", "(1): expected 'OLD.txt -> NEW.txt', found 'a.txt b.txt'")]
    [InlineData("# c\n -> b.txt\n", "(2): expected 'OLD.txt -> NEW.txt', found '-> b.txt'")]
    [InlineData("a.txt -> b.txt -> c.txt\n", "(1): expected 'OLD.txt -> NEW.txt'")]
    [InlineData("no-such.txt -> " + New + "\n", "(1): ")]
    public void A_wrong_pairs_file_is_one_line_with_its_place_and_exit_1(string pairs, string message)
    {
        var seeds = Seeds(pairs);
        var file = Path.Combine(seeds, "compare.pairs");

        var (exit, _, stderr) = CliRunner.Run("build", Path.Combine(seeds, Old), "-o", Path.Combine(_dir, "out"), "--formats", "json", "--pairs", file);

        Assert.Equal(1, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(file + message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Fact]
    public void A_report_whose_folder_would_be_the_comparisons_folder_is_refused()
    {
        var seeds = Seeds($"{Old} -> {New}\n");
        File.Copy(CorpusReports.PathOf(Old), Path.Combine(seeds, "compare.txt"));

        var (exit, _, stderr) = CliRunner.Run("build", Path.Combine(seeds, "compare.txt"), "-o", Path.Combine(_dir, "out"), "--formats", "json", "--pairs", Path.Combine(seeds, "compare.pairs"));

        Assert.Equal(1, exit);
        Assert.Contains("where the comparisons of", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_pairs_file_names_two_seeds()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "seeds", "compare.pairs")).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).ToList();

        var pair = Assert.Single(lines).Split("->", StringSplitOptions.TrimEntries);
        Assert.All(pair, name => Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "seeds", name)), name));
        // Byte for byte the corpus texts SOURCES.md describes.
        Assert.All(pair, name => Assert.Equal(File.ReadAllBytes(CorpusReports.PathOf(name)), File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "seeds", name))));
    }
}
