using System.Text;
using EcoBrief.Diagnostics;
using EcoBrief.Document;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// SOURCE_DATE_EPOCH as reproducible-builds.org specifies it: a decimal count of seconds since
/// 1970; anything else fails the build with one line, instead of being ignored or crashing.
/// </summary>
public sealed class SourceDateEpochTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-epoch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("+5")]
    [InlineData(" 1717000000")]
    [InlineData("1717000000.5")]
    [InlineData("99999999999999")]
    [InlineData("253402300800")]
    [InlineData("99999999999999999999999999")]
    public void A_malformed_or_out_of_range_value_is_refused(string value)
    {
        var e = Assert.Throws<InputRejectedException>(() => ReproducibleDate.Parse(value));
        Assert.StartsWith("SOURCE_DATE_EPOCH=", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("0", "1970-01-01T00:00:00")]
    [InlineData("1717000000", "2024-05-29T16:26:40")]
    [InlineData("253402300799", "9999-12-31T23:59:59")]
    public void A_count_of_seconds_is_a_utc_date(string? value, string? expected)
    {
        var date = ReproducibleDate.Parse(value);
        Assert.Equal(expected, date?.ToString("s", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(date is null || date.Value.Kind == DateTimeKind.Utc);
    }

    [LinuxFact]
    public void Build_and_check_fail_with_one_line_and_write_nothing_and_a_good_value_dates_the_pdf()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "EcoBrief.Cli.dll");
        var output = Path.Combine(_dir, "out");
        foreach (var verb in new[] { "build", "check" })
        {
            var (exit, _, stderr) = Tools.Run("dotnet", new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "99999999999999", ["CI"] = "true" },
                cli, verb, TestPaths.Seed, "-o", output);
            Assert.Equal(1, exit);
            Assert.StartsWith("ecobrief: error: SOURCE_DATE_EPOCH='99999999999999' is not a number of seconds", stderr, StringComparison.Ordinal);
            Assert.Single(stderr.TrimEnd('\n').Split('\n'));
            Assert.False(Directory.Exists(output));
        }

        var (ok, _, err) = Tools.Run("dotnet", new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1717000000", ["CI"] = "true" },
            cli, "build", TestPaths.Seed, "-o", output, "--formats", "pdf");
        Assert.True(ok == 0, err);
        var pdf = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(output, "2024-mee-work-report", "summary.pdf")));
        Assert.Contains("/CreationDate (D:20240529162640+00'00')", pdf, StringComparison.Ordinal);
    }
}
