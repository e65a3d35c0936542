using System.Text;
using System.Text.RegularExpressions;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// The same input gives the same bytes in every time zone, and the dates in the files are UTC:
/// builds in processes whose TZ is UTC, Asia/Shanghai (+8) and America/New_York (-5/-4, where an
/// offset once wrapped to +20'00') are compared byte for byte.
/// </summary>
public sealed class TimeZoneTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-tz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Dictionary<string, byte[]> Build(string tz)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "EcoBrief.Cli.dll");
        var output = Path.Combine(_dir, tz.Replace('/', '-'));
        var (exit, _, stderr) = Tools.Run("dotnet", new Dictionary<string, string> { ["TZ"] = tz, ["CI"] = "true" },
            cli, "build", TestPaths.Seed, "-o", output, "--formats", "summary.pdf,handout.pdf,handout.docx");
        Assert.True(exit == 0, $"TZ={tz}: exit {exit}: {stderr}");
        var folder = Path.Combine(output, "2024-mee-work-report");
        return Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);
    }

    [LinuxFact]
    public void Pdf_and_docx_bytes_are_the_same_under_every_tz_and_their_dates_are_utc()
    {
        var utc = Build("UTC");
        Assert.Equal(3, utc.Count);
        foreach (var tz in new[] { "Asia/Shanghai", "America/New_York" })
        {
            var other = Build(tz);
            Assert.All(utc, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(other[kv.Key]), $"{kv.Key} differs under TZ={tz}"));
        }

        // The seed is dated 2024-05-28: that day at midnight, UTC.
        var pdf = Encoding.Latin1.GetString(utc["summary.pdf"]);
        Assert.Equal(["/CreationDate (D:20240528000000+00'00')", "/ModDate (D:20240528000000+00'00')"], Regex.Matches(pdf, @"/(CreationDate|ModDate) \([^)]*\)").Select(m => m.Value));
    }

    [LinuxFact]
    public void Check_passes_on_the_committed_output_in_another_time_zone()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "EcoBrief.Cli.dll");
        var (exit, stdout, stderr) = Tools.Run("dotnet", new Dictionary<string, string> { ["TZ"] = "Asia/Shanghai", ["CI"] = "true" },
            cli, "check", TestPaths.Seed, "-o", Path.Combine(TestPaths.RepoRoot, "output"));
        Assert.True(exit == 0, stdout + stderr);
    }
}
