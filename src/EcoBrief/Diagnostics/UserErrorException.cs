namespace EcoBrief.Diagnostics;

/// <summary>
/// The base of every failure that is the input's, a template's or a document's rather than a bug:
/// its message is one line meant for the user, printed without a stack trace (exit 1). Callers catch
/// this one type instead of listing each stage's.
/// </summary>
public abstract class UserErrorException : Exception
{
    protected UserErrorException()
    {
    }

    protected UserErrorException(string message)
        : base(message)
    {
    }

    protected UserErrorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
