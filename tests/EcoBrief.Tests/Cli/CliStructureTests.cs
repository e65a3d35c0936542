using System.Text.RegularExpressions;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>
/// The CLI stays thin: commands, options, console output and the composition of the writers — exit
/// codes by name, no reach into the layout engine, and nothing that touches an output folder but
/// through the application (<c>EcoBrief.Build</c>).
/// </summary>
public sealed partial class CliStructureTests
{
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
    public void The_cli_writes_no_file_itself()
    {
        // Staleness, atomic writes and sets, folders: the application's (EcoBrief.Build), never the command line's.
        var found = CliSources().Where(s => Regex.IsMatch(s.Text, @"\b(File\.(Write|Move|Replace|Delete|Copy)\w*|Directory\.(Create|Delete|Move)\w*|new FileStream)\b"))
            .Select(s => Path.GetFileName(s.Path)).ToList();
        Assert.Empty(found);
    }
}
