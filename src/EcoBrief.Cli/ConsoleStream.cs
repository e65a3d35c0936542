namespace EcoBrief.Cli;

/// <summary>
/// Standard output or standard error, whose write failures (a full disk, /dev/full, a closed pipe)
/// are kept instead of thrown: a failed write to the console is never taken for a report's failure,
/// and never escapes as an exception that the runtime, printing it to a broken stderr, turns into an
/// abort. Once it fails, what is written is dropped; <see cref="Exit"/> then says so, as GNU
/// <c>close_stdout</c> does at exit: one line on stderr (if stderr still works) and a failing exit code.
/// </summary>
internal sealed class ConsoleStream(Stream inner, string name) : Stream
{
    /// <summary>The first write that failed, or null.</summary>
    public IOException? Failure { get; private set; }

    public string Name { get; } = name;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            Failure = e;
        }
    }

    public override void Flush()
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            inner.Flush();
        }
        catch (IOException e)
        {
            Failure = e;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>The exit code once the command has returned <paramref name="exit"/>: a console that could not be written fails a command that succeeded.</summary>
    public static int Exit(int exit, ConsoleStream stdout, ConsoleStream stderr, TextWriter error)
    {
        if (stdout.Failure is { } failure)
        {
            error.WriteLine($"ecobrief: error: cannot write to {stdout.Name}: {failure.Message}");
        }

        return exit == ExitCodes.Ok && (stdout.Failure ?? stderr.Failure) is not null ? ExitCodes.InputError : exit;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
