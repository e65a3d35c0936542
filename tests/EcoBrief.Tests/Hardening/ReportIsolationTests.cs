using EcoBrief.Build;
using EcoBrief.Cli;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// Whatever goes wrong while one report is built — its text, a writer, a bug — fails that report
/// alone, with one line and exit 1: the other reports of the build are still written, and there is
/// no stack trace unless --verbose.
/// </summary>
public sealed class ReportIsolationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-isolation-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "out");

    private string SeedWith(string name, string insert) => TestPaths.SeedWith(_dir, name, insert);

    [Fact]
    public void A_bug_met_by_one_report_fails_it_alone_with_one_line()
    {
        var options = new BuildOptions("json", Out, OutputFormats.Registry());
        var other = TestPaths.TestFile("extraction", "ministry-semicolon-challenges.txt");
        var results = BuildRunner.PublishAll(
            [TestPaths.Seed, other], options, jobs: 2, stage: null,
            doc => doc.Source == TestPaths.Seed ? throw new InvalidOperationException("boom\nsecond line") : doc,
            CancellationToken.None);

        Assert.Null(results[0].Result);
        Assert.Equal("internal error: InvalidOperationException: boom second line (a bug in EcoBrief; --verbose shows where)", results[0].Error);
        Assert.IsType<InvalidOperationException>(results[0].Exception);
        Assert.NotNull(results[1].Result);
    }

    [Fact]
    public void A_number_of_31_digits_fails_at_most_its_own_report_with_one_line()
    {
        // 31 digits overflow a decimal. Until extraction reads such numbers, the report fails alone;
        // once it does, it builds. Either way the other report is built and there is no stack trace.
        var big = SeedWith("big.txt", "全年投入9999999999999999999999999999999元，");
        var (exit, _, stderr) = CliRunner.Run("build", big, TestPaths.Seed, "-o", Out, "--formats", "pdf,docx,json");
        Assert.True(File.Exists(Path.Combine(Out, "2024-mee-work-report", "summary.pdf")));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        if (exit == 0)
        {
            Assert.True(File.Exists(Path.Combine(Out, "big", "summary.pdf")));
        }
        else
        {
            Assert.Equal(1, exit);
            var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
            Assert.StartsWith($"ecobrief: error: {big}: internal error: ", line, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(Out, "big")));
        }
    }
}
