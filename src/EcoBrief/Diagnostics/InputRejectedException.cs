namespace EcoBrief.Diagnostics;

/// <summary>
/// The input cannot be turned into a briefing (not text, empty, unreadable).
/// The message is one line meant for the user; callers print it without a stack trace.
/// </summary>
public sealed class InputRejectedException : UserErrorException
{
    public InputRejectedException()
    {
    }

    public InputRejectedException(string message)
        : base(message)
    {
    }

    public InputRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
