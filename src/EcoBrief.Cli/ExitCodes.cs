namespace EcoBrief.Cli;

/// <summary>Process exit codes, as documented in the README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InputError = 1;
    public const int UsageError = 2;
    public const int Stale = 3;

    /// <summary>Ctrl+C or SIGTERM: 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
