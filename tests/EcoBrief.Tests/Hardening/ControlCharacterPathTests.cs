using EcoBrief.IO;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A newline (or any control character) in a file name never splits a line of the log, an error or
/// the closing table: every path shown goes through <see cref="DisplayPath.Escape"/>.
/// </summary>
public sealed class ControlCharacterPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-ctlpath-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("报告.txt", "报告.txt")]
    [InlineData("a\nb.txt", "a\\nb.txt")]
    [InlineData("a\r\nb\tc", "a\\r\\nb\\tc")]
    [InlineData("\u001B[31mred", "\\x1B[31mred")]
    [InlineData("x\u007Fy\u0085z", "x\\x7Fy\\u0085z")]
    [InlineData("p\u2028q\u2029r", "p\\u2028q\\u2029r")]
    [InlineData("report\u202Etxt.exe", "report\\u202Etxt.exe")]
    [InlineData("a\u202Ab\u202Bc\u202Cd\u202De", "a\\u202Ab\\u202Bc\\u202Cd\\u202De")]
    [InlineData("\u2066x\u2067y\u2068z\u2069", "\\u2066x\\u2067y\\u2068z\\u2069")]
    [InlineData("m\u200En\u200Fo\u061Cp", "m\\u200En\\u200Fo\\u061Cp")]
    [InlineData("报告\u200D.txt", "报告\u200D.txt")]
    public void Control_characters_are_escaped_and_nothing_else(string path, string shown) =>
        Assert.Equal(shown, DisplayPath.Escape(path));

    [LinuxFact]
    public void A_newline_in_a_source_name_leaves_every_log_line_whole()
    {
        var source = Path.Combine(_dir, "a\nb.txt");
        File.Copy(TestPaths.Seed, source);
        var output = Path.Combine(_dir, "out");

        var (exit, stdout, err) = CliRunner.Run("build", source, "-o", output, "--formats", "json");

        Assert.True(exit == 0, err);
        var lines = stdout.Split('\n');
        Assert.Contains($"a\\nb: built -> {output}/a\\nb", lines);
        Assert.Single(lines, l => l.StartsWith("| a\\nb ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("b:", StringComparison.Ordinal) || l.StartsWith("| b ", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "a\nb", "briefing.json")));

        var check = CliRunner.Run("check", source, "-o", output, "--formats", "json");
        Assert.Equal(0, check.Exit);
        Assert.Single(check.Out.TrimEnd('\n').Split('\n'));
    }

    [LinuxFact]
    public void A_bidi_override_in_a_source_name_is_escaped_in_the_log_so_it_reorders_nothing()
    {
        // Shown raw, U+202E makes "report\u202Etxt.exe" read "reportexe.txt" on a terminal.
        var source = Path.Combine(_dir, "report\u202Eexe.txt");
        File.Copy(TestPaths.Seed, source);
        var output = Path.Combine(_dir, "out");

        var (exit, stdout, err) = CliRunner.Run("build", source, "-o", output, "--formats", "json");

        Assert.True(exit == 0, err);
        Assert.Contains($"report\\u202Eexe: built -> {output}/report\\u202Eexe", stdout.Split('\n'));
        Assert.DoesNotContain('\u202E', stdout);
        Assert.Equal($"ecobrief: error: {_dir}/\\u2067x.txt: no such file", CliRunner.Run("extract", Path.Combine(_dir, "\u2067x.txt")).Err.TrimEnd('\n'));
    }

    [Fact]
    public void A_newline_in_a_missing_file_name_is_one_error_line()
    {
        var (exit, _, err) = CliRunner.Run("extract", Path.Combine(_dir, "no\nsuch.txt"));

        Assert.Equal(1, exit);
        Assert.Equal($"ecobrief: error: {_dir}/no\\nsuch.txt: no such file", Assert.Single(err.TrimEnd('\n').Split('\n')));
    }

    [Fact]
    public void A_newline_in_a_template_path_is_one_error_line()
    {
        var templates = Path.Combine(_dir, "my\ntemplates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "t.md.sbn"), "# {{ no_such_variable }}\n");

        var (exit, _, err) = CliRunner.Run("render", TestPaths.Seed, "--templates", templates, "--template", "t");

        Assert.Equal(1, exit);
        Assert.StartsWith($"ecobrief: error: {_dir}/my\\ntemplates/t.md.sbn(1,", Assert.Single(err.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }
}
