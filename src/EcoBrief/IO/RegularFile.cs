using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace EcoBrief.IO;

/// <summary>
/// The one guarded reader: every file EcoBrief reads from disk (sources, corrections sidecars,
/// templates and partials, fonts, the reference document, the pairs file, outputs compared with
/// what a build would write) is opened here, and only here (<c>Hardening/FileReadersTests</c> lists
/// the readers). It opens only regular files, and reads at most a cap: a FIFO would block
/// <c>open(2)</c> forever, a device (<c>/dev/zero</c>, <c>/dev/urandom</c>) never ends. On Linux the
/// file is opened without blocking and its type taken from the open descriptor (<c>fstat(2)</c>), so
/// there is no window between the check and the read; elsewhere the type is checked before opening.
/// The cap is on the bytes actually read, not on the length the system reports: a file under
/// <c>/proc</c> reports 0 and a file may grow while it is read.
/// </summary>
public static class RegularFile
{
    /// <summary>Opens <paramref name="path"/> for reading; the stream refuses to read past <paramref name="limit"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limit">The largest size accepted, in bytes.</param>
    /// <param name="what">What the file is, for messages: <c>source</c>, <c>template</c>…</param>
    /// <exception cref="FileRejectedException">Not a regular file, larger than <paramref name="limit"/> (also when a read goes past it), its name is not UTF-8, or unreadable (its message names the path and why).</exception>
    /// <exception cref="IOException">The system failed to read it.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied.</exception>
    public static Stream OpenRead(string path, long limit, string what)
    {
        FileStream stream;
        try
        {
            stream = PosixFile.TryOpen(path) ?? OpenChecked(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && NonUtf8Name.Explain(path) is { } why)
        {
            throw new FileRejectedException(path, FileRejection.NameNotUtf8, why);
        }

        try
        {
            if (stream.Length > limit)
            {
                throw new FileRejectedException(path, FileRejection.TooLarge, $"the {what} is {InputLimits.Describe(stream.Length)}, more than the {InputLimits.Describe(limit)} limit for a {what}");
            }

            return new CappedStream(stream, limit, path, what);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>All the bytes of <paramref name="path"/>, which must be a regular file of at most <paramref name="limit"/> bytes (as read, whatever its reported length).</summary>
    /// <inheritdoc cref="OpenRead" path="/exception"/>
    public static byte[] ReadAllBytes(string path, long limit, string what)
    {
        using var stream = OpenRead(path, limit, what);
        // The reported length is a hint for the first read, never a bound: what follows it is read too, through the cap.
        var bytes = new byte[stream.Length];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read < bytes.Length)
        {
            return bytes[..read];
        }

        Span<byte> probe = stackalloc byte[1];
        if (stream.Read(probe) == 0)
        {
            return bytes;
        }

        using var more = new MemoryStream();
        more.Write(bytes);
        more.Write(probe);
        stream.CopyTo(more);
        return more.ToArray();
    }

    /// <summary>Whether <paramref name="path"/> is something at all (a file, a folder, a link, even a dangling one), without following or opening it.</summary>
    public static bool IsThere(string path) =>
        File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static FileStream OpenChecked(string path)
    {
        var info = new FileInfo(path);
        if (Directory.Exists(path))
        {
            throw new FileRejectedException(path, FileRejection.NotRegular, "is a directory, not a file");
        }

        if (info.Exists && (info.Attributes & FileAttributes.Device) != 0)
        {
            throw new FileRejectedException(path, FileRejection.NotRegular, "is a device, not a regular file");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
    }

    /// <summary>open(2) with O_NONBLOCK, then fstat(2), through libc; null where that is not available (not Linux, another architecture).</summary>
    private static unsafe class PosixFile
    {
        private const int ONonBlock = 0x800;
        private const int OCloExec = 0x80000;
        private const int SIfMt = 0xF000;
        private const int SIfReg = 0x8000;

        private static readonly delegate* unmanaged<byte*, int, int> Open;
        private static readonly delegate* unmanaged<int, byte*, int> FStat;
        private static readonly delegate* unmanaged<int, int, byte*, int> FxStat;
        private static readonly int ModeOffset = -1;

        static PosixFile()
        {
            if (!OperatingSystem.IsLinux())
            {
                return;
            }

            // struct stat: st_mode follows dev, ino and nlink on x86-64; dev and ino on the generic layout (arm64).
            ModeOffset = RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => 24,
                Architecture.Arm64 => 16,
                _ => -1,
            };
            if (ModeOffset < 0 || !(NativeLibrary.TryLoad("libc.so.6", out var libc) || NativeLibrary.TryLoad("libc", typeof(PosixFile).Assembly, null, out libc)))
            {
                ModeOffset = -1;
                return;
            }

            if (NativeLibrary.TryGetExport(libc, "open", out var open))
            {
                Open = (delegate* unmanaged<byte*, int, int>)open;
            }

            if (NativeLibrary.TryGetExport(libc, "fstat", out var fstat))
            {
                FStat = (delegate* unmanaged<int, byte*, int>)fstat;
            }
            else if (NativeLibrary.TryGetExport(libc, "__fxstat", out var fxstat))
            {
                // glibc before 2.33 exports fstat only as __fxstat(version 1, …).
                FxStat = (delegate* unmanaged<int, int, byte*, int>)fxstat;
            }

            if (Open == null || (FStat == null && FxStat == null))
            {
                ModeOffset = -1;
            }
        }

        public static FileStream? TryOpen(string path)
        {
            if (ModeOffset < 0)
            {
                return null;
            }

            var full = Path.GetFullPath(path);
            var bytes = System.Text.Encoding.UTF8.GetBytes(full + "\0");
            int fd;
            int errno;
            fixed (byte* p = bytes)
            {
                fd = Open(p, ONonBlock | OCloExec);
                errno = Marshal.GetLastSystemError();
            }

            if (fd < 0)
            {
                throw errno switch
                {
                    2 or 20 => new FileNotFoundException($"{path}: no such file", path),
                    13 or 1 => new UnauthorizedAccessException($"{path}: permission denied"),
                    _ => new IOException($"{path}: cannot be opened ({Marshal.GetPInvokeErrorMessage(errno)})"),
                };
            }

            var handle = new SafeFileHandle(fd, ownsHandle: true);
            try
            {
                var stat = stackalloc byte[256];
                var rc = FStat != null ? FStat(fd, stat) : FxStat(1, fd, stat);
                if (rc != 0)
                {
                    throw new FileRejectedException(path, FileRejection.Unreadable, $"cannot be read ({Marshal.GetPInvokeErrorMessage(Marshal.GetLastSystemError())})");
                }

                var mode = *(uint*)(stat + ModeOffset) & SIfMt;
                if (mode != SIfReg)
                {
                    throw new FileRejectedException(path, FileRejection.NotRegular, $"{Kind(mode)}, not a regular file");
                }

                return new FileStream(handle, FileAccess.Read, bufferSize: 0);
            }
            catch
            {
                handle.Dispose();
                throw;
            }
        }

        private static string Kind(uint mode) => mode switch
        {
            0x1000 => "is a FIFO (named pipe)",
            0x2000 => "is a character device",
            0x4000 => "is a directory",
            0x6000 => "is a block device",
            0xC000 => "is a socket",
            _ => "is not a file",
        };
    }

    /// <summary>A stream that reads at most a cap: a read past it fails with <see cref="FileRejection.TooLarge"/>.</summary>
    private sealed class CappedStream(FileStream inner, long limit, string path, string what) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            // One byte past the cap is asked for, so that a file of exactly the cap reads whole and a larger one is caught.
            var at = inner.CanSeek ? inner.Position : _read;
            var room = limit + 1 - at;
            if (room <= 0)
            {
                throw TooLarge();
            }

            var n = inner.Read(buffer[..(int)Math.Min(buffer.Length, room)]);
            _read += n;
            return at + n > limit ? throw TooLarge() : n;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private FileRejectedException TooLarge() =>
            new(path, FileRejection.TooLarge, $"the {what} is more than the {InputLimits.Describe(limit)} limit for a {what}");
    }
}
