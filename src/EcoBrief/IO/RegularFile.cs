using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace EcoBrief.IO;

/// <summary>
/// Opens only regular files, and only up to a size: a FIFO would block <c>open(2)</c> forever, a
/// device (<c>/dev/zero</c>, <c>/dev/urandom</c>) never ends. On Linux the file is opened without
/// blocking and its type taken from the open descriptor (<c>fstat(2)</c>), so there is no window
/// between the check and the read; elsewhere the type is checked before opening.
/// </summary>
public static class RegularFile
{
    /// <summary>Opens <paramref name="path"/> for reading.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limit">The largest size accepted, in bytes.</param>
    /// <param name="what">What the file is, for messages: <c>source</c>, <c>template</c>…</param>
    /// <exception cref="FileRejectedException">Not a regular file, larger than <paramref name="limit"/>, or unreadable (its message names the path and why).</exception>
    /// <exception cref="IOException">The system failed to read it.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied.</exception>
    public static FileStream OpenRead(string path, long limit, string what)
    {
        var stream = PosixFile.TryOpen(path) ?? OpenChecked(path);
        try
        {
            if (stream.Length > limit)
            {
                throw new FileRejectedException(path, FileRejection.TooLarge, $"the {what} is {InputLimits.Describe(stream.Length)}, more than the {InputLimits.Describe(limit)} limit for a {what}");
            }

            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>All the bytes of <paramref name="path"/>, which must be a regular file of at most <paramref name="limit"/> bytes.</summary>
    /// <inheritdoc cref="OpenRead" path="/exception"/>
    public static byte[] ReadAllBytes(string path, long limit, string what)
    {
        using var stream = OpenRead(path, limit, what);
        var length = (int)stream.Length;
        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        if (stream.ReadByte() >= 0)
        {
            throw new FileRejectedException(path, FileRejection.Grew, $"the {what} grew while it was read; try again");
        }

        return bytes;
    }

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
}
