using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A report's folder is one safe, non-empty name directly inside <c>-o</c>, whatever the source is
/// called: nothing is ever written outside the output folder, into its root, or over another report.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private static readonly string[] Files = ["briefing.json", "summary.md"];

    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-folders-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Base => Path.Combine(_dir, "base");

    private string Out => Path.Combine(Base, "out");

    private string Source(string name)
    {
        var path = Path.Combine(_dir, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(TestPaths.Seed, path, overwrite: true);
        return path;
    }

    [Theory]
    [InlineData("...txt", "...txt")]
    [InlineData(".txt", ".txt")]
    [InlineData("..txt", "..txt")]
    [InlineData("   .txt", "   .txt")]
    [InlineData(".hidden.txt", ".hidden")]
    [InlineData("report", "report")]
    public void A_source_whose_name_is_only_dots_builds_into_a_folder_of_its_own_inside_the_output(string name, string folder)
    {
        var (exit, stdout, stderr) = CliRunner.Run("build", Source(name), "-o", Out, "--formats", "json,summary.md");
        Assert.True(exit == 0, stderr);
        Assert.Contains($": built -> {Path.Combine(Out, folder)}", stdout, StringComparison.Ordinal);
        Assert.Equal(["out"], Directory.GetFileSystemEntries(Base).Select(Path.GetFileName));
        Assert.Equal([folder], Directory.GetFileSystemEntries(Out).Select(Path.GetFileName));
        Assert.Equal(Files, Directory.GetFiles(Path.Combine(Out, folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, CliRunner.Run("check", Source(name), "-o", Out, "--formats", "json,summary.md").Exit);
    }

    [Fact]
    public void Sources_named_only_dots_do_not_overwrite_each_other()
    {
        string[] names = ["...txt", ".txt", "..txt", "report.txt"];
        var (exit, _, stderr) = CliRunner.Run(["build", .. names.Select(Source), "-o", Out, "--formats", "json,summary.md"]);
        Assert.True(exit == 0, stderr);
        Assert.Equal(["out"], Directory.GetFileSystemEntries(Base).Select(Path.GetFileName));
        // Beside the four folders, the overview of a build of many reports.
        Assert.Equal(["...txt", "..txt", ".txt", "index.html", "overview.csv", "report"], Directory.GetFileSystemEntries(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetDirectories(Out), d => Assert.Equal(Files, Directory.GetFiles(d).Select(Path.GetFileName).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Two_sources_that_map_to_one_folder_are_refused_with_one_line()
    {
        var (exit, _, stderr) = CliRunner.Run("build", Source("..txt"), Source("..txt.txt"), "-o", Out, "--formats", "json");
        Assert.Equal(1, exit);
        Assert.Equal($"ecobrief: error: {Source("..txt")} and {Source("..txt.txt")} would both be built into {Path.Combine(Out, "..txt")}/: rename one, or build them into different folders\n", stderr);
        Assert.False(Directory.Exists(Base));
    }

    [Fact]
    public void Seeds_that_map_to_one_folder_are_refused_too()
    {
        var seeds = Path.Combine(_dir, "project", "seeds");
        Directory.CreateDirectory(seeds);
        File.Copy(TestPaths.Seed, Path.Combine(seeds, ".txt"));
        File.Copy(TestPaths.Seed, Path.Combine(seeds, ".txt.txt"));
        var cli = Path.Combine(AppContext.BaseDirectory, "EcoBrief.Cli.dll");
        var (exit, _, stderr) = Tools.RunIn(Path.Combine(_dir, "project"), "dotnet", new Dictionary<string, string> { ["CI"] = "true" }, cli, "build", "--formats", "json");
        Assert.Equal(1, exit);
        Assert.Contains("would both be built into output/.txt/", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "project", "output")));
    }
}
