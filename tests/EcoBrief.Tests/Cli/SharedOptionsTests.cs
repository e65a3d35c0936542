using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>The options several verbs share are defined once: the same names, aliases and accepted values everywhere.</summary>
public sealed class SharedOptionsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-shared-options-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Preview_takes_a_preset_and_draws_with_it()
    {
        var (exit, gbt, err) = CliRunner.Run("preview", TestPaths.Seed, "--dpi", "20", "-o", Path.Combine(_dir, "a"));
        Assert.True(exit == 0, err);
        var (plainExit, plain, plainErr) = CliRunner.Run("preview", TestPaths.Seed, "--dpi", "20", "-o", Path.Combine(_dir, "b"), "--preset", "plain");
        Assert.True(plainExit == 0, plainErr);
        Assert.NotEqual(File.ReadAllBytes(gbt.Trim().Split('\n')[0]), File.ReadAllBytes(plain.Trim().Split('\n')[0]));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("render")]
    [InlineData("preview")]
    [InlineData("compare")]
    public void Every_verb_with_a_preset_refuses_an_unknown_one_alike(string verb)
    {
        string[] args = verb == "compare" ? [verb, TestPaths.Seed, TestPaths.Seed, "--preset", "fancy"] : [verb, TestPaths.Seed, "--preset", "fancy"];
        var (exit, _, err) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("fancy", err, StringComparison.Ordinal);
        Assert.Contains("gbt9704", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("render")]
    [InlineData("preview")]
    public void The_short_verbose_alias_works_on_every_verb(string verb)
    {
        var (exit, _, err) = CliRunner.Run(verb, Path.Combine(_dir, "missing.txt"), "-v");
        Assert.Equal(1, exit);
        Assert.DoesNotContain("unrecognized", err, StringComparison.OrdinalIgnoreCase);
    }
}
