using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>check's hint is the build to run: with the sources and the options check was given, ready to paste.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-checkhint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_hint_names_the_sources_and_the_output_folder_it_was_given()
    {
        var output = Path.Combine(_dir, "my out");

        var (exit, stdout, _) = CliRunner.Run("check", TestPaths.Seed, "-o", output, "--formats", "json");

        Assert.Equal(3, exit);
        Assert.Equal($"stale: 1 file(s) differ from what a build would write now (run: ecobrief build {TestPaths.Seed} -o '{output}' --formats json)", stdout.Split('\n')[0]);

        // What it says to run makes check pass.
        Assert.Equal(0, CliRunner.Run("build", TestPaths.Seed, "-o", output, "--formats", "json").Exit);
        Assert.Equal(0, CliRunner.Run("check", TestPaths.Seed, "-o", output, "--formats", "json").Exit);
    }

    [Fact]
    public void A_word_a_shell_would_split_or_expand_is_quoted()
    {
        var source = Path.Combine(_dir, "it's $HOME.txt");
        File.Copy(TestPaths.Seed, source);

        var (_, stdout, _) = CliRunner.Run("check", source, "--output", Path.Combine(_dir, "out"), "--formats=json");

        Assert.Contains($"(run: ecobrief build '{_dir}/it'\\''s $HOME.txt' --output {_dir}/out --formats json)", stdout.Split('\n')[0], StringComparison.Ordinal);
    }
}
