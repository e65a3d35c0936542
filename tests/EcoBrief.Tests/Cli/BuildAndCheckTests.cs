using System.Text.RegularExpressions;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>The build, check and preview verbs, in-process, each exit code and message.</summary>
public sealed class BuildAndCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-build-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "output");

    private string Doc(string file) => Path.Combine(Out, "2024-mee-work-report", file);

    private (int Exit, string Out, string Err) Build(params string[] extra) => CliRunner.Run(["build", TestPaths.Seed, "-o", Out, .. extra]);

    /// <summary>A copy of the built-in templates, to edit.</summary>
    private string CopyTemplates()
    {
        var templates = Path.Combine(_dir, "templates");
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "templates"), "*.sbn", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(Path.Combine(TestPaths.RepoRoot, "templates"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return templates;
    }

    [Fact]
    public void Build_writes_summary_handout_and_json_by_default()
    {
        var (exit, stdout, _) = Build();
        Assert.Equal(0, exit);
        Assert.Equal(["briefing.json", "handout.docx", "summary.pdf"], Directory.GetFiles(Path.Combine(Out, "2024-mee-work-report")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("2024-mee-work-report: built", stdout, StringComparison.Ordinal);
        Assert.Contains("| 2024-mee-work-report |", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("handout.pdf", new[] { "handout.pdf" })]
    [InlineData("pdf,handout.pdf", new[] { "handout.pdf", "summary.pdf" })]
    [InlineData("md", new[] { "handout.md", "summary.md" })]
    [InlineData("json, summary.docx", new[] { "briefing.json", "summary.docx" })]
    [InlineData("all", new[] { "briefing.json", "handout.docx", "handout.html", "handout.md", "handout.pdf", "handout.txt", "summary.docx", "summary.html", "summary.md", "summary.pdf", "summary.txt" })]
    public void Formats_name_kinds_or_files(string formats, string[] expected)
    {
        var (exit, _, _) = Build("--formats", formats);
        Assert.Equal(0, exit);
        Assert.Equal(expected, Directory.GetFiles(Path.Combine(Out, "2024-mee-work-report")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_build_says_up_to_date_and_rewrites_nothing()
    {
        Build();
        var before = Directory.GetFiles(Path.Combine(Out, "2024-mee-work-report")).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Thread.Sleep(20);
        var (exit, stdout, _) = Build();
        Assert.Equal(0, exit);
        Assert.Contains("everything is up to date", stdout, StringComparison.Ordinal);
        Assert.All(before, kv => Assert.Equal(kv.Value, File.GetLastWriteTimeUtc(kv.Key)));
    }

    [Fact]
    public void Force_rewrites_unchanged_files()
    {
        Build();
        var (_, stdout, _) = Build("--force");
        Assert.Contains("2024-mee-work-report: built", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_is_0_after_a_build_3_after_a_template_edit_and_0_after_rebuilding()
    {
        var templates = CopyTemplates();
        Assert.Equal(0, Build("--templates", templates).Exit);
        Assert.Equal(0, CliRunner.Run("check", TestPaths.Seed, "-o", Out, "--templates", templates).Exit);

        var summary = Path.Combine(templates, "summary.md.sbn");
        File.WriteAllText(summary, File.ReadAllText(summary).Replace("## {{ section[0] }}", "## {{ section[0] }}（摘要）", StringComparison.Ordinal));
        var (exit, stdout, _) = CliRunner.Run("check", TestPaths.Seed, "-o", Out, "--templates", templates);
        Assert.Equal(3, exit);
        Assert.Contains("summary.pdf (differs)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("handout.docx", stdout, StringComparison.Ordinal);

        Assert.Equal(0, Build("--templates", templates).Exit);
        Assert.Equal(0, CliRunner.Run("check", TestPaths.Seed, "-o", Out, "--templates", templates).Exit);
    }

    [Fact]
    public void Check_lists_missing_outputs()
    {
        var (exit, stdout, _) = CliRunner.Run("check", TestPaths.Seed, "-o", Out);
        Assert.Equal(3, exit);
        Assert.Contains("briefing.json (missing)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_build_leaves_the_previous_outputs_exactly_as_they_were()
    {
        var templates = CopyTemplates();
        Build("--templates", templates);
        var before = Directory.GetFiles(Path.Combine(Out, "2024-mee-work-report")).ToDictionary(f => f, File.ReadAllBytes);

        File.WriteAllText(Path.Combine(templates, "handout.md.sbn"), "{{ for x in }}");
        var (exit, _, stderr) = Build("--templates", templates, "--force");
        Assert.Equal(1, exit);
        Assert.Contains("handout.md.sbn(1,", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(kv.Key)));
        Assert.Empty(Directory.GetFiles(Path.Combine(Out, "2024-mee-work-report"), "*.tmp"));
    }

    [Fact]
    public void One_bad_report_fails_alone_and_the_others_build()
    {
        var bad = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(bad, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var (exit, _, stderr) = CliRunner.Run("build", bad, TestPaths.Seed, "-o", Out, "--formats", "json");
        Assert.Equal(1, exit);
        Assert.Equal($"ecobrief: error: {bad}: not a text report: the file is a PNG image\necobrief: warning: index.html and overview.csv were left as they were: 1 report(s) failed\n", stderr);
        Assert.True(File.Exists(Doc("briefing.json")));
        Assert.False(Directory.Exists(Path.Combine(Out, "bad")));
    }

    [Fact]
    public async Task Watch_rebuilds_when_a_template_or_the_source_changes_and_stops_when_cancelled()
    {
        var templates = CopyTemplates();
        var source = Path.Combine(_dir, "report.txt");
        File.Copy(TestPaths.Seed, source);
        var summary = Path.Combine(Out, "report", "summary.md");
        using var cancel = new CancellationTokenSource();
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var output = TextWriter.Synchronized(stdout);
        var run = Task.Run(() => EcoBrief.Cli.EcoBriefApp.Run(
            ["build", source, "-o", Out, "--templates", templates, "--formats", "summary.md", "--watch"], output, TextWriter.Synchronized(stderr), cancel.Token));

        await Until(() => File.Exists(summary) && stdout.ToString().Contains("watching for changes", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(templates, "summary.md.sbn"), "\n模板里新加的一行\n");
        await Until(() => File.ReadAllText(summary).Contains("模板里新加的一行", StringComparison.Ordinal));
        File.WriteAllText(source, File.ReadAllText(source).Replace("黄润秋", "王某某", StringComparison.Ordinal));
        // The file is renamed into place a moment before its line is logged: wait for both.
        await Until(() => File.ReadAllText(summary).Contains("王某某", StringComparison.Ordinal) && Regex.Count(stdout.ToString(), "report: built") >= 3);
        Assert.Equal(3, Regex.Count(stdout.ToString(), "report: built"));

        cancel.Cancel();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.EndsWith("ecobrief: stopped watching\n", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_with_the_output_inside_the_templates_does_not_rebuild_on_its_own_outputs()
    {
        var templates = CopyTemplates();
        var output = Path.Combine(templates, "out");
        // A copy: the seed's folder is the repository's, which other tests may touch.
        var source = Path.Combine(_dir, "2024-mee-work-report.txt");
        File.Copy(TestPaths.Seed, source);
        using var cancel = new CancellationTokenSource();
        using var stdout = new StringWriter { NewLine = "\n" };
        var log = TextWriter.Synchronized(stdout);
        var run = Task.Run(() => EcoBrief.Cli.EcoBriefApp.Run(
            ["build", source, "-o", output, "--templates", templates, "--formats", "summary.md,briefing.json", "--watch", "--force"], log, TextWriter.Null, cancel.Token));

        await Until(() => stdout.ToString().Contains("watching for changes", StringComparison.Ordinal));
        // Long enough for several rebuilds, were the build's own files to start them.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.True(Regex.Count(stdout.ToString(), "2024-mee-work-report: built") == 1, stdout.ToString());
        File.AppendAllText(Path.Combine(templates, "summary.md.sbn"), "\n新的一行\n");
        await Until(() => Regex.Count(stdout.ToString(), "2024-mee-work-report: built") >= 2);

        cancel.Cancel();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the watch did not react within 60 s");
            await Task.Delay(50);
        }
    }

    [Fact]
    public void Two_sources_of_one_name_are_refused_and_one_named_twice_is_built_once()
    {
        var a = Directory.CreateDirectory(Path.Combine(_dir, "a")).FullName;
        var b = Directory.CreateDirectory(Path.Combine(_dir, "b")).FullName;
        File.Copy(TestPaths.Seed, Path.Combine(a, "report.txt"));
        File.Copy(TestPaths.TestFile("extraction", "ministry-semicolon-challenges.txt"), Path.Combine(b, "report.txt"));

        var (exit, _, stderr) = CliRunner.Run("build", Path.Combine(a, "report.txt"), Path.Combine(b, "report.txt"), "-o", Out);
        Assert.Equal(1, exit);
        Assert.Equal($"ecobrief: error: {Path.Combine(a, "report.txt")} and {Path.Combine(b, "report.txt")} would both be built into {Path.Combine(Out, "report")}/: rename one, or build them into different folders\n", stderr);
        Assert.False(Directory.Exists(Out));

        var (twice, stdout, _) = CliRunner.Run("build", Path.Combine(a, "report.txt"), Path.Combine(a, "..", "a", "report.txt"), "-o", Out);
        Assert.Equal(0, twice);
        Assert.Contains("1 document(s)", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2")] // one report per thread
    [InlineData("4")] // more threads than reports: each report's summary and handout at once
    public void Parallel_builds_give_the_same_bytes_as_serial_ones(string jobs)
    {
        var other = TestPaths.TestFile("extraction", "ministry-semicolon-challenges.txt");
        CliRunner.Run("build", TestPaths.Seed, other, "-o", Out, "--jobs", "1", "--formats", "all");
        var serial = Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.Equal(22 + 2, serial.Count); // 11 files each, and the overview: index.html, overview.csv
        var (exit, _, _) = CliRunner.Run("build", TestPaths.Seed, other, "-o", Out, "--jobs", jobs, "--formats", "all", "--force");
        Assert.Equal(0, exit);
        Assert.Equal(serial, Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
    }

    [Fact]
    public void Preview_draws_png_pages()
    {
        var (exit, stdout, _) = CliRunner.Run("preview", TestPaths.Seed, "--dpi", "30", "-o", _dir);
        Assert.Equal(0, exit);
        var png = stdout.Trim();
        Assert.EndsWith("2024-mee-work-report-summary-1.png", png, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(png)[..4]);

        var (bad, _, err) = CliRunner.Run("preview", TestPaths.Seed, "--page", "2", "-o", _dir);
        Assert.Equal(1, bad);
        Assert.Contains("page 2 does not exist: the document has 1 page(s)", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--formats", "pdf,gif")]
    [InlineData("build", "--formats", "handout.gif")]
    [InlineData("build", "--formats", ",")]
    [InlineData("build", "--jobs", "0")]
    [InlineData("build", "--preset", "fancy")]
    [InlineData("check", "--nope")]
    [InlineData("preview")]
    [InlineData("build", "--jobs", "abc")]
    [InlineData("build", "--jobs", "99999999999")]
    [InlineData("build", "--jobs", "-1")]
    [InlineData("check", "--jobs", "abc")]
    [InlineData("--jobs", "abc")]
    [InlineData("preview", "x.txt", "--dpi", "abc")]
    [InlineData("preview", "x.txt", "--dpi", "5")]
    public void Usage_errors_exit_2_with_a_message_printed_once(params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("ecobrief: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal(["ecobrief: see 'ecobrief --help'"], stderr.TrimEnd('\n').Split('\n')[1..]);
    }

    [Fact]
    public void Version_and_help_are_available()
    {
        var (exit, stdout, _) = CliRunner.Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout);
        var (helpExit, help, _) = CliRunner.Run("build", "--help");
        Assert.Equal(0, helpExit);
        Assert.Contains("--reference-docx", help, StringComparison.Ordinal);
    }
}
