using System.CommandLine;
using EcoBrief.Cli.Commands;

namespace EcoBrief.Cli;

/// <summary>Wires the verbs. Commands write only to the writers given here, so tests run them in-process.</summary>
public static class EcoBriefApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("EcoBrief: briefings (PDF summary, Word handout, JSON) from Chinese government work reports.");
        var build = BuildCommand.Create(stdout, stderr);
        root.Subcommands.Add(build);
        root.Subcommands.Add(ExtractCommand.Create(stdout, stderr));
        root.Subcommands.Add(RenderCommand.Create(stdout, stderr));

        // With no verb, EcoBrief does its main job: build every report in seeds/.
        foreach (var option in build.Options)
        {
            root.Options.Add(option);
        }

        root.SetAction(parse => BuildCommand.Execute(parse, stdout, stderr));

        var result = root.Parse(args);
        if (result.Errors.Count > 0 && !IsHelpOrVersion(args))
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine($"ecobrief: {error.Message}");
            }

            stderr.WriteLine("ecobrief: see 'ecobrief --help'");
            return ExitCodes.UsageError;
        }

        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static bool IsHelpOrVersion(string[] args) => args.Any(a => a is "--help" or "-h" or "-?" or "--version");
}
