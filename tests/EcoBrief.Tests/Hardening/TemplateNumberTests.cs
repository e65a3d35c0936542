using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A number in a template's code whose exponent is beyond a double's range (1e30812024, found by the
/// template fuzzer: Scriban made a BigInteger of it for minutes) is refused at once in one line with
/// its place; numbers in range, and such digits in text or in a string, are left alone.
/// </summary>
public sealed class TemplateNumberTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-template-number-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Exit, string Out, string Err) Render(string template)
    {
        File.WriteAllText(Path.Combine(_dir, "t.md.sbn"), template);
        var run = Task.Run(() => CliRunner.Run("render", TestPaths.Seed, "--templates", _dir, "--template", "t"));
        Assert.True(run.Wait(TimeSpan.FromSeconds(20)), "render did not finish in 20 s");
        return run.Result;
    }

    [Theory]
    [InlineData("# 标题\n\n{{ x = 1e30812024 }}\n", "(3,8): the number 1e30812024 is out of range")]
    [InlineData("# 标题\n{{ kf_count = 1e30812024{-13-45e3086 ~}}\n", "(2,15): the number 1e30812024 is out of range")]
    [InlineData("{{ y = 2.5E-4000 }}", "(1,8): the number 2.5E-4000 is out of range")]
    public void A_number_beyond_a_doubles_range_is_refused_at_once_with_its_place(string template, string expected)
    {
        var (exit, _, err) = Render(template);

        Assert.Equal(1, exit);
        var line = Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.Contains($"t.md.sbn{expected}: its exponent is beyond ±308, a double's range", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_in_range_and_digits_in_text_or_strings_render()
    {
        var (exit, stdout, err) = Render("# 型号1e30812024\n\n{{ 1e308 > 1 }} {{ 1.5e-300 < 1 }} {{ \"1e30812024\" }} {{ 'x' + \"\\\"1e99999\" }} {{ 10e0001 }}\n");

        Assert.True(exit == 0, err);
        Assert.Contains("# 型号1e30812024", stdout, StringComparison.Ordinal);
        Assert.Contains("true true 1e30812024 x\"1e99999", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fuzzer_input_that_took_three_minutes_is_refused_at_once()
    {
        var (exit, _, err) = Render(File.ReadAllText(TestPaths.TestFile("fuzz", "templates", "huge-exponent-1.sbn")));

        Assert.Equal(1, exit);
        Assert.Contains("the number 1e30812024 is out of range", err, StringComparison.Ordinal);
    }
}
