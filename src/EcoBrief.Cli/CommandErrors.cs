using EcoBrief.Build;
using EcoBrief.Diagnostics;

namespace EcoBrief.Cli;

/// <summary>Turns failures into one line on stderr and an exit code; a stack trace only with --verbose.</summary>
internal static class CommandErrors
{
    public static int Run(TextWriter stderr, bool verbose, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UserErrorException e)
        {
            stderr.WriteLine($"ecobrief: error: {EcoBrief.IO.DisplayPath.Escape(e.Message)}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"ecobrief: error: {EcoBrief.IO.DisplayPath.Escape(e.Message)}");
            if (verbose)
            {
                stderr.WriteLine(e);
            }

            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stderr.WriteLine($"ecobrief: error: {EcoBrief.IO.DisplayPath.Escape(BuildRunner.InternalError(e))}");
            if (verbose)
            {
                stderr.WriteLine(e);
            }

            return ExitCodes.InputError;
        }
    }

    /// <summary>
    /// The line of a source that failed, naming it once: a refusal of the source itself names it already
    /// (<see cref="InputRejectedException.Subject"/>); any other message gets it in front. Control
    /// characters in either are escaped.
    /// </summary>
    public static string ErrorLine(string source, string error, Exception? exception) =>
        $"ecobrief: error: {EcoBrief.IO.DisplayPath.Escape(exception is InputRejectedException { Subject: { } subject } && subject == source ? error : $"{source}: {error}")}";

    /// <summary>Prints the line of a failed source, and with <paramref name="verbose"/> what was thrown.</summary>
    public static void Print<T>(TextWriter stderr, ReportResult<T> failure, bool verbose)
        where T : class
    {
        stderr.WriteLine(ErrorLine(failure.Source, failure.Error!, failure.Exception));
        if (verbose && failure.Exception is not null)
        {
            stderr.WriteLine(failure.Exception);
        }
    }
}
