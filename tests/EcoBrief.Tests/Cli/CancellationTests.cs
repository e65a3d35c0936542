using System.Diagnostics;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>Ctrl+C (SIGINT) cancels a build through its token: the documented line, exit 130, no temporary left behind.</summary>
public sealed class CancellationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-cancel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [LinuxFact]
    public void Sigint_during_a_build_says_cancelled_and_exits_130()
    {
        // Reports long enough that the build is still running when the signal comes.
        var seed = File.ReadAllText(TestPaths.Seed);
        var sources = Enumerable.Range(0, 12).Select(i => Path.Combine(_dir, $"r{i}.txt")).ToList();
        foreach (var s in sources)
        {
            File.WriteAllText(s, string.Concat(Enumerable.Repeat(seed, 10)));
        }

        var output = Path.Combine(_dir, "out");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["CI"] = "true";
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, "EcoBrief.Cli.dll"), "build", .. sources, "-o", output, "--jobs", "1", "--formats", "all"])
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        // The first report is written: the build is under way.
        string? line;
        while ((line = p.StandardOutput.ReadLine()) is not null && !line.Contains(": built", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        Assert.Equal(0, Tools.Run("kill", "-INT", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Exit);
        var rest = p.StandardOutput.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000), "the build did not stop within 60 s of SIGINT");

        Assert.Equal(130, p.ExitCode);
        Assert.EndsWith("ecobrief: cancelled; no file was left half-written\n", stderr.Result, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.Result, StringComparison.Ordinal);
        Assert.True(Directory.GetDirectories(output).Length < sources.Count, rest.Result);
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }
}
