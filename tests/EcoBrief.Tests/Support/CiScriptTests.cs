using System.Diagnostics;

namespace EcoBrief.Tests.Support;

/// <summary>
/// <c>.ci/run</c> installs the readers quietly (<c>.ci/install-readers</c>): one line says what, and
/// apt's and debconf's chatter is shown only when the install fails. Run here with a fake apt-get.
/// </summary>
public sealed class CiScriptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-ci-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Fake(string name, string body)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>install-readers with every package missing, as a user (through sudo), apt-get exiting <paramref name="aptExit"/>.</summary>
    private (int Exit, string Output) Install(int aptExit)
    {
        Fake("dpkg", "exit 1");
        Fake("id", "echo 1000");
        Fake("sudo", "exec \"$@\"");
        Fake("apt-get", $"echo 'Selecting previously unselected package qpdf.'\necho 'debconf: unable to initialize frontend: Dialog' >&2\necho 'debconf: delaying package configuration, since apt-utils is not installed' >&2\nexit {aptExit}");
        var start = new ProcessStartInfo("bash", [Path.Combine(TestPaths.RepoRoot, ".ci", "install-readers")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = $"{_dir}:/usr/bin:/bin";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    [LinuxFact]
    public void The_readers_are_installed_in_one_line_without_debconf_noise()
    {
        var (exit, output) = Install(0);

        Assert.Equal(0, exit);
        Assert.Equal("installing: poppler-utils qpdf libreoffice-writer-nogui libreoffice-calc-nogui fonts-hanazono\n", output);
    }

    [LinuxFact]
    public void A_failed_install_says_so_and_shows_what_apt_said()
    {
        var (exit, output) = Install(100);

        Assert.Equal(0, exit);
        Assert.Contains("warning: could not install poppler-utils", output, StringComparison.Ordinal);
        Assert.Contains("  debconf: unable to initialize frontend: Dialog", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ci_run_installs_through_the_quiet_script()
    {
        var run = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, ".ci", "run"));
        Assert.Contains("bash .ci/install-readers", run, StringComparison.Ordinal);
        Assert.DoesNotContain("apt-get", run, StringComparison.Ordinal);
    }
}
