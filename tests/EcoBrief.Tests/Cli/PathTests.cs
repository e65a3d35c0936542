using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>
/// Every path a user can type — spaces, quotes, non-ASCII, a leading dash after <c>--</c> — as a
/// source and as the output folder: <c>build</c> writes every file, <c>check</c> names the exact
/// path of what is stale, and a later build updates exactly those files.
/// </summary>
public sealed class PathTests : IDisposable
{
    private const string Formats = "json,md";
    private static readonly string[] Files = ["briefing.json", "handout.md", "summary.md"];

    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-paths-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, string> Names => new()
    {
        { "my report.txt", "output" },
        { "report.txt", "out dir" },
        { "my report.txt", "out dir" },
        { "it's a \"quoted\" report.txt", "out \"q\" 'x'" },
        { "2024年 政府工作报告.txt", "输出 目录" },
        { "  leading and trailing  .txt", " out " },
        { "-dash report.txt", "-out dir" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Build_writes_and_check_names_stale_files_whatever_the_path(string sourceName, string outputName)
    {
        var source = Path.Combine(_dir, sourceName);
        File.Copy(TestPaths.Seed, source);
        var output = Path.Combine(_dir, outputName);
        var folder = Path.Combine(output, Path.GetFileNameWithoutExtension(sourceName));

        var (exit, stdout, stderr) = CliRunner.Run("build", "-o", output, "--formats", Formats, "--", source);
        Assert.True(exit == 0, stderr);
        Assert.Contains($"{Path.GetFileNameWithoutExtension(sourceName)}: built -> {folder}", stdout, StringComparison.Ordinal);
        Assert.Equal(Files, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var built = Files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder, f)));
        Assert.Equal(0, CliRunner.Run("check", "-o", output, "--formats", Formats, "--", source).Exit);

        // An earlier output that differs, and one that is missing: check names them, build replaces exactly them.
        File.WriteAllText(Path.Combine(folder, "summary.md"), "old");
        File.Delete(Path.Combine(folder, "briefing.json"));
        (exit, stdout, _) = CliRunner.Run("check", "-o", output, "--formats", Formats, "--", source);
        Assert.Equal(3, exit);
        Assert.Contains($"  {Path.Combine(folder, "briefing.json")} (missing)\n", stdout, StringComparison.Ordinal);
        Assert.Contains($"  {Path.Combine(folder, "summary.md")} (differs)\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("handout.md", stdout, StringComparison.Ordinal);

        (exit, stdout, stderr) = CliRunner.Run("build", "-o", output, "--formats", Formats, "--", source);
        Assert.True(exit == 0, stderr);
        Assert.Contains("updated briefing.json, summary.md", stdout, StringComparison.Ordinal);
        Assert.All(Files, f => Assert.Equal(built[f], File.ReadAllBytes(Path.Combine(folder, f))));
        Assert.Equal(0, CliRunner.Run("check", "-o", output, "--formats", Formats, "--", source).Exit);
    }

    [Fact]
    public void A_relative_source_with_a_leading_dash_after_double_dash_is_a_source_not_an_option()
    {
        File.Copy(TestPaths.Seed, Path.Combine(_dir, "-dash.txt"));
        var cli = Path.Combine(AppContext.BaseDirectory, "EcoBrief.Cli.dll");
        var env = new Dictionary<string, string> { ["CI"] = "true" };

        var (exit, stdout, stderr) = Tools.RunIn(_dir, "dotnet", env, cli, "build", "-o", "out", "--formats", Formats, "--", "-dash.txt");
        Assert.True(exit == 0, stderr);
        Assert.Contains("-dash: built", stdout, StringComparison.Ordinal);
        Assert.Equal(Files, Directory.GetFiles(Path.Combine(_dir, "out", "-dash")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        (exit, _, stderr) = Tools.RunIn(_dir, "dotnet", env, cli, "check", "-o", "out", "--formats", Formats, "--", "-dash.txt");
        Assert.True(exit == 0, stderr);

        // Without the "--" it is still an unknown option, a usage error.
        (exit, _, stderr) = Tools.RunIn(_dir, "dotnet", env, cli, "build", "-o", "out", "-dash.txt");
        Assert.Equal(2, exit);
        Assert.Contains("'-dash.txt'", stderr, StringComparison.Ordinal);
    }
}
