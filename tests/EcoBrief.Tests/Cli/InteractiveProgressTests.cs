using EcoBrief.Cli;
using EcoBrief.Tests.Support;
using Spectre.Console;

namespace EcoBrief.Tests.Cli;

/// <summary>On a terminal, build shows progress bars named after the reports: a name is text, never Spectre markup.</summary>
public sealed class InteractiveProgressTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-progress-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("[2024]政府工作报告.txt")]
    [InlineData("[bold]report[red.txt")]
    [InlineData("[[x]] ]report[.txt")]
    public void A_file_name_with_brackets_builds_with_progress_bars(string name)
    {
        var source = Path.Combine(_dir, name);
        File.Copy(TestPaths.Seed, source);
        var output = Path.Combine(_dir, "out");
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };

        var exit = EcoBriefApp.Run(["build", source, "-o", output, "--formats", "json"], new CliContext(stdout, stderr, interactive: true, AnsiSupport.Yes));

        Assert.True(exit == 0, stderr.ToString());
        Assert.True(File.Exists(Path.Combine(output, Path.GetFileNameWithoutExtension(name), "briefing.json")));
        Assert.Contains(Path.GetFileNameWithoutExtension(name), stdout.ToString(), StringComparison.Ordinal);
    }
}
