using System.CommandLine;
using System.CommandLine.Help;
using EcoBrief.Cli.Commands;

namespace EcoBrief.Cli;

/// <summary>Wires the verbs. Commands write only to the writers given here, so tests run them in-process.</summary>
public static class EcoBriefApp
{
    /// <summary>The program's name in help and messages, as the tool is installed (<c>ToolCommandName</c>).</summary>
    public const string ProgramName = "ecobrief";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, CancellationToken.None);

    /// <summary>Runs a command; <paramref name="cancel"/> stops it as Ctrl+C would (a build: exit 130; a watch: it stops watching).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancel) =>
        Run(args, new CliContext(stdout, stderr, CliContext.DetectInteractive(stdout)), cancel);

    internal static int Run(string[] args, CliContext cli, CancellationToken cancel = default)
    {
        // Named as the user types it: a RootCommand is named after the executable (EcoBrief.Cli, or
        // testhost), which is not the command the README and the installed tool call `ecobrief`.
        var root = new Command(ProgramName, "EcoBrief: briefings (a one-page PDF summary, a Word handout, JSON) from Chinese government work reports.\nWith no command, builds every seeds/*.txt into output/.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(BuildCommand.Create(cli));
        root.Subcommands.Add(CheckCommand.Create(cli));
        root.Subcommands.Add(ExtractCommand.Create(cli.Out, cli.Err));
        root.Subcommands.Add(RenderCommand.Create(cli.Out, cli.Err));
        root.Subcommands.Add(PreviewCommand.Create(cli));
        root.Subcommands.Add(CompareCommand.Create(cli));

        // With no verb, EcoBrief does its main job: build.
        BuildCommand.AddTo(root, withSources: false);
        root.SetAction((parse, cancel) => Task.FromResult(BuildCommand.Execute(parse, cli, cancel)));

        var result = root.Parse(args);
        // One line each: the parser's own messages may list choices on lines of their own.
        var errors = result.Errors.Select(e => string.Join(" ", e.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))).Concat(BuildCommand.Set.UnknownOptions(result)).Distinct(StringComparer.Ordinal).ToList();
        if (errors.Count > 0 && !IsHelpOrVersion(args))
        {
            foreach (var error in errors)
            {
                cli.Err.WriteLine($"ecobrief: {EcoBrief.IO.DisplayPath.Escape(error)}");
            }

            cli.Err.WriteLine("ecobrief: see 'ecobrief --help'");
            return ExitCodes.UsageError;
        }

        try
        {
            // The token is ours (Program cancels it on Ctrl+C and SIGTERM), and so is the handling of what is thrown.
            var configuration = new InvocationConfiguration { Output = cli.Out, Error = cli.Err, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
            return cancel.CanBeCanceled ? result.InvokeAsync(configuration, cancel).GetAwaiter().GetResult() : result.Invoke(configuration);
        }
        catch (OperationCanceledException)
        {
            cli.Err.WriteLine("ecobrief: cancelled; no file was left half-written");
            return ExitCodes.Cancelled;
        }
    }

    private static bool IsHelpOrVersion(string[] args) => args.Any(a => a is "--help" or "-h" or "-?" or "--version");
}
