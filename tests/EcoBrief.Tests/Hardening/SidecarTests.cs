using System.Diagnostics;
using System.Text;
using EcoBrief.Diagnostics;
using EcoBrief.Extraction;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// The corrections sidecar (<c>NAME.ecobrief.yml</c>) gets the checks a source gets: it is read
/// through the guarded reader (a regular file only, a cap on the bytes read, no blocking open), decoded
/// as a report is (GB18030 too), and anything by its name that cannot be read is an error, never silence.
/// </summary>
public sealed class SidecarTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-sidecar-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Source => Path.Combine(_dir, "report.txt");

    private string Sidecar => Path.Combine(_dir, "report.ecobrief.yml");

    private string Out => Path.Combine(_dir, "out");

    private string CopySeed()
    {
        File.Copy(TestPaths.Seed, Source, overwrite: true);
        return Source;
    }

    /// <summary>Runs the command on another thread and fails the test (instead of hanging it) when it takes over 20 s.</summary>
    private static (int Exit, string Out, string Err) Bounded(params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(20)), $"ecobrief {string.Join(' ', args)} did not finish in 20 s");
        return run.Result;
    }

    /// <summary>One line naming the sidecar and why (build and check name the report first, as for any of its failures).</summary>
    private void AssertRefused((int Exit, string Out, string Err) result, string why)
    {
        Assert.Equal(1, result.Exit);
        var line = Assert.Single(result.Err.TrimEnd('\n').Split('\n'));
        Assert.True(line == $"ecobrief: error: {Sidecar}: {why}" || line == $"ecobrief: error: {Source}: {Sidecar}: {why}", line);
    }

    [LinuxFact]
    public void A_fifo_as_the_sidecar_is_refused_at_once_by_build_and_check()
    {
        CopySeed();
        using (var mkfifo = Process.Start("mkfifo", [Sidecar]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        const string Why = "is a FIFO (named pipe), not a regular file; a corrections file must be a regular file";
        AssertRefused(Bounded("build", Source, "-o", Out, "--formats", "json"), Why);
        AssertRefused(Bounded("check", Source, "-o", Out, "--formats", "json"), Why);
        AssertRefused(Bounded("extract", Source), Why);
    }

    [LinuxFact]
    public void A_link_to_a_device_as_the_sidecar_is_refused_not_read_until_memory_runs_out()
    {
        CopySeed();
        File.CreateSymbolicLink(Sidecar, "/dev/zero");
        AssertRefused(Bounded("build", Source, "-o", Out, "--formats", "json"), "is a character device, not a regular file; a corrections file must be a regular file");
    }

    [Fact]
    public void A_folder_as_the_sidecar_is_an_error_not_silence()
    {
        CopySeed();
        Directory.CreateDirectory(Sidecar);
        var result = Bounded("build", Source, "-o", Out, "--formats", "json");
        Assert.Equal(1, result.Exit);
        Assert.Contains($"{Sidecar}: is a directory", Assert.Single(result.Err.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_dangling_link_as_the_sidecar_is_an_error()
    {
        CopySeed();
        File.CreateSymbolicLink(Sidecar, Path.Combine(_dir, "gone.yml"));
        AssertRefused(Bounded("extract", Source), "the corrections file is a link to a file that does not exist (or was just removed)");
    }

    [Fact]
    public void A_sidecar_over_1_MB_is_refused_before_it_is_read()
    {
        CopySeed();
        using (var file = File.Create(Sidecar))
        {
            file.SetLength(EcoBrief.IO.InputLimits.Corrections + 1);
        }

        AssertRefused(Bounded("extract", Source), "the corrections file is 1 MB, more than the 1 MB limit for a corrections file; a corrections file must be a regular file");
    }

    [Fact]
    public void A_gb18030_sidecar_is_decoded_as_its_report_would_be()
    {
        CopySeed();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Sidecar, Encoding.GetEncoding(54936).GetBytes("meta:\n  title: 生态环境保护工作报告（修订）\n  speaker: 黄润秋\n"));

        var b = Pipelines.Read(Source).Briefing;

        Assert.Equal("生态环境保护工作报告（修订）", b.Meta.Title);
        Assert.DoesNotContain(b.Diagnostics, d => d.Text.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void A_sidecar_that_is_not_text_in_a_report_encoding_is_refused_with_why()
    {
        CopySeed();
        // 0xFF is neither UTF-8 nor GB18030: a report would get U+FFFD and a warning; a correction must not.
        File.WriteAllBytes(Sidecar, [.. "meta:\n  title: 标题"u8, 0xFF, 0xFE, (byte)'\n']);
        var e = Assert.Throws<InputRejectedException>(() => Pipelines.Read(Source).Briefing);
        Assert.StartsWith($"{Sidecar}: the corrections file is not UTF-8, UTF-16 or GB18030 text: ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("; save it as UTF-8", e.Message, StringComparison.Ordinal);

        File.WriteAllBytes(Sidecar, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]);
        Assert.Equal($"{Sidecar}: not a corrections file: not a text report: the file is a PNG image", Assert.Throws<InputRejectedException>(() => Pipelines.Read(Source).Briefing).Message);

        // An empty one is no corrections at all.
        File.WriteAllBytes(Sidecar, []);
        Assert.NotNull(Pipelines.Read(Source).Briefing);
    }

    [Theory]
    [InlineData("drop:\n", "(2,63)")]
    [InlineData("drop: [", "(1,")]
    public void A_sidecar_nested_100000_deep_is_refused_not_a_stack_overflow(string key, string place)
    {
        // `- - - … x` (two bytes a level) overflowed YamlDotNet's recursion: exit 134, no message.
        CopySeed();
        var nested = key.EndsWith('[') ? new string('[', 100_000) : string.Concat(Enumerable.Repeat("- ", 100_000)) + "x";
        File.WriteAllText(Sidecar, key + nested + "\n");
        var e = Assert.Throws<InputRejectedException>(() => Pipelines.Read(Source).Briefing);
        Assert.StartsWith($"{Sidecar}{place}", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("lists and mappings nest more than 32 deep", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_kind_that_matches_nothing_is_a_warning_naming_the_sidecar_and_what_it_asked_for()
    {
        // The README's own example on a report whose review is —— headings: it used to empty the
        // achievements with only "no achievements found"; now EcoBrief's choice is kept, and said.
        File.Copy(TestPaths.TestFile("corpus", "texts", "2026-hubei-gov-work-report.txt"), Source);
        var plain = Pipelines.Read(Source).Briefing;
        File.WriteAllText(Sidecar, "meta:\n  title: 2026年某省政府工作报告\nachievements:\n  section: 2025年工作回顾\n  list: （一）\n");

        var b = Pipelines.Read(Source).Briefing;

        Assert.Equal(plain.Achievements.Select(a => a.Title), b.Achievements.Select(a => a.Title));
        var warning = Assert.Single(b.Diagnostics, d => d.Kind == DiagnosticKinds.CorrectionListNotFound);
        Assert.Equal(Sidecar, warning.File);
        Assert.StartsWith("list 「（一）」 (for achievements) matches no list in 「“十四五”时期和2025年工作回顾」, whose lists are: ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("—— headings", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(b.Diagnostics, d => d.Kind == DiagnosticKinds.NoAchievements);
    }
}
