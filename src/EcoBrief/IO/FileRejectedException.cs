namespace EcoBrief.IO;

/// <summary>Why <see cref="RegularFile"/> would not read a file.</summary>
public enum FileRejection
{
    /// <summary>Larger than the limit for its kind (<see cref="InputLimits"/>).</summary>
    TooLarge,

    /// <summary>Its name holds bytes that are not UTF-8, which .NET cannot pass back to the system (<see cref="NonUtf8Name"/>).</summary>
    NameNotUtf8,

    /// <summary>A directory, a device, a FIFO or a socket, not a regular file.</summary>
    NotRegular,

    /// <summary>The system could not tell what it is.</summary>
    Unreadable,
}

/// <summary>
/// A file <see cref="RegularFile"/> would not read, with the path and the reason as data, so that a
/// caller can say more (how to raise a limit) without reading the message back. The message is the
/// line for the user: <c>PATH: WHY</c>.
/// </summary>
public sealed class FileRejectedException : IOException
{
    public FileRejectedException(string path, FileRejection reason, string why)
        : base($"{path}: {why}")
    {
        Path = path;
        Reason = reason;
        Why = why;
    }

    public FileRejectedException()
        : this(string.Empty, FileRejection.Unreadable, "cannot be read")
    {
    }

    public FileRejectedException(string message)
        : this(string.Empty, FileRejection.Unreadable, message)
    {
    }

    public FileRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        Why = message;
    }

    /// <summary>The path as the caller gave it.</summary>
    public string Path { get; }

    public FileRejection Reason { get; }

    /// <summary>The reason as words, without the path: <c>is a directory, not a file</c>.</summary>
    public string Why { get; }
}
