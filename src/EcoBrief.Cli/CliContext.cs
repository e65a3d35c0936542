using Spectre.Console;

namespace EcoBrief.Cli;

/// <summary>
/// Where commands write: an injected stdout and stderr (so tests run commands in-process), and
/// whether a person is watching (progress bars) or a log is being kept (one line per event).
/// </summary>
/// <param name="ansi">Whether the terminal takes ANSI sequences; detected unless given (tests give it, to draw live progress into a writer).</param>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, bool interactive, AnsiSupport ansi = AnsiSupport.Detect)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Err { get; } = stderr;

    /// <summary>A terminal, not redirected, not CI.</summary>
    public bool Interactive { get; } = interactive;

    /// <summary>Spectre.Console over <see cref="Out"/>: colours and live progress only when interactive.</summary>
    public IAnsiConsole Console { get; } = CreateConsole(stdout, interactive, ansi);

    private static IAnsiConsole CreateConsole(TextWriter stdout, bool interactive, AnsiSupport ansi)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? ansi : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // A log has no terminal width: wide enough for the closing table on one line per document.
            console.Profile.Width = 132;
        }

        return console;
    }

    public static bool DetectInteractive(TextWriter stdout) =>
        ReferenceEquals(stdout, System.Console.Out) && !System.Console.IsOutputRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
