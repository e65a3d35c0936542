using EcoBrief.Build;

namespace EcoBrief.Tests.Build;

/// <summary>One file replaced atomically: a failure or a cancellation midway leaves the old file and no temporary.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_failed_write_midway_leaves_no_partial_file_and_the_old_one_intact()
    {
        var path = Path.Combine(_dir, "file.bin");
        File.WriteAllBytes(path, [1, 2, 3]);
        var e = Assert.Throws<IOException>(() => AtomicFile.Write(path, _ => throw new IOException("disk full")));
        Assert.Equal("disk full", e.Message);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void A_write_cancelled_midway_leaves_no_partial_file_and_the_old_one_intact()
    {
        var path = Path.Combine(_dir, "file.bin");
        File.WriteAllBytes(path, [1, 2, 3]);
        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(path, s =>
        {
            s.Write([9, 9]);
            throw new OperationCanceledException();
        }));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_dir));
    }
}
