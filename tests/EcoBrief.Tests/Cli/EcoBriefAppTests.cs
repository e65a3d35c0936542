using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>The program names itself as the user calls it: <c>ecobrief</c>, whatever the executable's file is called.</summary>
public sealed class EcoBriefAppTests
{
    [Theory]
    [InlineData("--help", "  ecobrief [command] [options]")]
    [InlineData("build --help", "  ecobrief build [<sources>...] [options]")]
    [InlineData("check -h", "  ecobrief check [<sources>...] [options]")]
    public void Help_names_the_program_ecobrief(string args, string usage)
    {
        var (exit, stdout, _) = CliRunner.Run(args.Split(' '));

        Assert.Equal(0, exit);
        Assert.Contains(usage, stdout.Split('\n'));
        Assert.DoesNotContain("EcoBrief.Cli", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("testhost", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_still_prints_a_version()
    {
        // In process, the entry assembly is the test host's; the program prints its own (README).
        var (exit, stdout, _) = CliRunner.Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^[0-9]+\.[0-9]+", stdout);
    }
}
