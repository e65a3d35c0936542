using System.CommandLine;
using EcoBrief.Build;

namespace EcoBrief.Cli.Commands;

/// <summary>
/// <c>ecobrief check</c>: exit 0 when every output is exactly what a build would write now, 3 with
/// the list of what is stale or missing. Builds are reproducible, so it renders in memory and compares
/// bytes: nothing depends on the commit or the clock.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("check", "Exit 0 when output/ is what a build would write now; 3, listing what is stale, when not.");
        var set = BuildCommand.Set;
        set.AddTo(command);
        command.SetAction((parse, cancel) => Task.FromResult(CommandErrors.Run(cli.Err, parse.GetValue(set.Verbose), () =>
        {
            var options = set.Read(parse);
            var sources = set.ReadSources(parse);
            var pairs = set.ReadPairs(parse, sources);
            var result = new Builder(options).Check(sources, pairs, parse.GetValue(set.Jobs), cancel);
            foreach (var failure in result.Reports.Where(r => r.Failed))
            {
                CommandErrors.Print(cli.Err, failure, parse.GetValue(set.Verbose));
            }

            if (result.Failed)
            {
                return ExitCodes.InputError;
            }

            var stale = result.Stale;
            if (stale.Count > 0)
            {
                cli.Out.WriteLine($"stale: {stale.Count} file(s) differ from what a build would write now (run: {EcoBrief.IO.DisplayPath.Escape(BuildLine(parse))})");
                foreach (var s in stale)
                {
                    cli.Out.WriteLine($"  {EcoBrief.IO.DisplayPath.Escape(s.ToString())}");
                }

                return ExitCodes.Stale;
            }

            var root = EcoBrief.IO.DisplayPath.Escape(options.OutputRoot);
            cli.Out.WriteLine(pairs.Count == 0
                ? $"up to date: {result.Reports.Count} document(s) in {root}"
                : $"up to date: {result.Reports.Count} document(s) and {pairs.Count} comparison(s) in {root}");
            return ExitCodes.Ok;
        })));
        return command;
    }

    /// <summary>The build that makes what check found stale: the sources and options check was given, as a shell would take them.</summary>
    internal static string BuildLine(ParseResult parse)
    {
        var words = parse.Tokens.SkipWhile(t => t.Type != System.CommandLine.Parsing.TokenType.Command).Skip(1).Select(t => Quote(t.Value));
        return string.Join(' ', ["ecobrief", "build", .. words]);
    }

    /// <summary>A word for a POSIX shell: as it is when it is plain, else in single quotes.</summary>
    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':' or ',' or '+' or '@' or '%' || c > '\u007F')
            ? word
            : $"'{word.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
