using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A console that cannot be written (stdout or stderr on /dev/full, a full disk) is said once, in one
/// line on stderr when stderr works, with exit 1 — never blamed on a report, never an abort (rc 134)
/// or a stack trace; the reports are still built.
/// </summary>
public sealed class ConsoleFailureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-console-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "EcoBrief.Cli.dll");

    /// <summary>The command in a child process, one of its streams on /dev/full (<paramref name="redirect"/>: <c>&gt;</c> or <c>2&gt;</c>).</summary>
    private static (int Exit, string Out, string Err) Run(string redirect, params string[] args)
    {
        Assert.True(File.Exists("/dev/full"), "/dev/full is missing");
        return Tools.Run("sh", new Dictionary<string, string> { ["CI"] = "true" }, ["-c", $"exec dotnet \"$@\" {redirect} /dev/full", "sh", Cli, .. args]);
    }

    private string Out => Path.Combine(_dir, "out");

    [LinuxFact]
    public void Stdout_on_dev_full_is_one_line_about_standard_output_not_the_report_and_the_report_is_built()
    {
        var (exit, _, err) = Run(">", "build", TestPaths.Seed, "-o", Out, "--formats", "json");

        Assert.Equal(1, exit);
        var line = Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("ecobrief: error: cannot write to standard output: No space left on device", line, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-mee-work-report", err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "2024-mee-work-report", "briefing.json")));
    }

    [LinuxFact]
    public void Extract_to_dev_full_fails_in_one_line()
    {
        var (exit, _, err) = Run(">", "extract", TestPaths.Seed, "--json");

        Assert.Equal(1, exit);
        Assert.StartsWith("ecobrief: error: cannot write to standard output: ", Assert.Single(err.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Stderr_on_dev_full_with_an_error_to_say_exits_1_not_an_abort()
    {
        var (exit, stdout, _) = Run("2>", "build", Path.Combine(_dir, "missing.txt"), "-o", Out);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("Unhandled exception", stdout, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Stderr_on_dev_full_with_nothing_to_say_is_no_failure()
    {
        var (exit, stdout, _) = Run("2>", "build", TestPaths.Seed, "-o", Out, "--formats", "json");

        Assert.Equal(0, exit);
        Assert.Contains("2024-mee-work-report: built -> ", stdout, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_failed_check_keeps_its_own_exit_code_when_stdout_is_full()
    {
        var (exit, _, err) = Run(">", "check", TestPaths.Seed, "-o", Out, "--formats", "json");

        Assert.Equal(3, exit);
        Assert.StartsWith("ecobrief: error: cannot write to standard output: ", Assert.Single(err.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }
}
