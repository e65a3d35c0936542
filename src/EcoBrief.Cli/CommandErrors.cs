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
            stderr.WriteLine($"ecobrief: error: {EcoBrief.IO.DisplayPath.Escape(Building.BuildRunner.InternalError(e))}");
            if (verbose)
            {
                stderr.WriteLine(e);
            }

            return ExitCodes.InputError;
        }
    }
}
