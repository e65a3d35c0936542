using System.Text.RegularExpressions;
using EcoBrief.Cli.Building;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>The CLI stays thin: exit codes by name, no reach into the layout engine, a build's writing in <see cref="ReportWriter"/>.</summary>
public sealed partial class CliStructureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-cli-structure-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IEnumerable<(string Path, string Text)> CliSources() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src", "EcoBrief.Cli"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (p, File.ReadAllText(p)));

    [GeneratedRegex(@"\breturn\s+\d+\s*;|\bExit\(\s*\d+|=>\s*\d+\s*;\s*$", RegexOptions.Multiline)]
    private static partial Regex LiteralExit();

    [Fact]
    public void Every_exit_code_is_one_of_ExitCodes()
    {
        var found = CliSources().Where(s => !s.Path.EndsWith("ExitCodes.cs", StringComparison.Ordinal))
            .SelectMany(s => LiteralExit().Matches(s.Text).Select(m => $"{Path.GetFileName(s.Path)}: {m.Value.Trim()}")).ToList();
        Assert.Empty(found);
        Assert.Equal(130, EcoBrief.Cli.ExitCodes.Cancelled);
    }

    [Fact]
    public void The_cli_neither_references_nor_uses_the_layout_project()
    {
        var project = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "EcoBrief.Cli", "EcoBrief.Cli.csproj"));
        Assert.DoesNotContain("EcoBrief.Layout", project, StringComparison.Ordinal);
        Assert.Empty(CliSources().Where(s => s.Text.Contains("EcoBrief.Layout", StringComparison.Ordinal)).Select(s => Path.GetFileName(s.Path)));
    }

    [Fact]
    public void A_report_is_written_once_then_up_to_date_and_force_writes_it_again()
    {
        var report = new PublishedReport("r.txt", "r", [("a.txt", "A"u8.ToArray()), ("b.txt", "B"u8.ToArray())], 0, 0, [], [], TimeSpan.Zero);

        var first = ReportWriter.Write(report, _dir, force: false);
        Assert.Equal(("built", 2, 2), (first.State, first.Changed, first.Size));
        Assert.Empty(first.Report.Files);
        Assert.Equal("A", File.ReadAllText(Path.Combine(_dir, "r", "a.txt")));

        var second = ReportWriter.Write(report, _dir, force: false);
        Assert.Equal((ReportWriter.UpToDate, 0), (second.State, second.Changed));

        File.WriteAllText(Path.Combine(_dir, "r", "b.txt"), "changed by hand");
        var third = ReportWriter.Write(report, _dir, force: false);
        Assert.Equal(("updated b.txt", 1), (third.State, third.Changed));
        Assert.Equal("B", File.ReadAllText(Path.Combine(_dir, "r", "b.txt")));

        Assert.Equal(("built", 2), (ReportWriter.Write(report, _dir, force: true).State, ReportWriter.Write(report, _dir, force: true).Changed));
    }
}
