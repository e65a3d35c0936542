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

    /// <summary>A refusal of <paramref name="subject"/> (a file as the user named it): the message is <c>SUBJECT: WHY</c>.</summary>
    public InputRejectedException(string subject, string why, Exception? innerException)
        : base($"{subject}: {why}", innerException)
    {
        Subject = subject;
    }

    /// <summary>What the message names first (the report's path), so a caller need not name it again; null when it names nothing.</summary>
    public string? Subject { get; }
}
