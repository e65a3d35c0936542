using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A report's files are replaced as a set: when one of them cannot be written, the folder keeps the
/// old set, never new files beside old ones; temporaries a killed build left are removed by the next
/// build and reported by check.
/// </summary>
public sealed class OutputSetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-outputset-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "out");

    private string Folder => Path.Combine(Out, "report");

    /// <summary>report.txt: the seed, or the seed with a sentence more (so every output changes).</summary>
    private string Source(bool changed)
    {
        return TestPaths.SeedWith(_dir, "report.txt", changed ? "新增投入12345亿元，" : string.Empty);
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(Folder).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void An_output_that_is_now_a_folder_leaves_the_old_set_whole()
    {
        Assert.Equal(0, CliRunner.Run("build", Source(changed: false), "-o", Out).Exit);
        var before = Snapshot();
        // handout.docx is written after briefing.json and summary.pdf.
        File.Delete(Path.Combine(Folder, "handout.docx"));
        Directory.CreateDirectory(Path.Combine(Folder, "handout.docx", "inside"));
        before.Remove("handout.docx");

        var (exit, _, stderr) = CliRunner.Run("build", Source(changed: true), "-o", Out);

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("ecobrief: error: ", line, StringComparison.Ordinal);
        var after = Snapshot();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} was replaced although the set was not");
        }
    }

    [Fact]
    public void A_rename_that_fails_part_way_puts_back_what_was_renamed()
    {
        var dir = Path.Combine(_dir, "set");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "a"), [1]);
        File.WriteAllBytes(Path.Combine(dir, "c"), [3]);
        var e = Assert.Throws<IOException>(() => EcoBrief.Build.AtomicFileSet.Write(
            dir, [("a", [10]), ("b", [20]), ("c", [30])],
            target => _ = Path.GetFileName(target) == "c" ? throw new IOException("disk full") : 0));

        Assert.Equal("disk full", e.Message);
        Assert.Equal(["a", "c"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([1], File.ReadAllBytes(Path.Combine(dir, "a")));
        Assert.Equal([3], File.ReadAllBytes(Path.Combine(dir, "c")));
    }

    [Fact]
    public void A_set_that_is_written_replaces_every_file_and_leaves_no_temporary()
    {
        var dir = Path.Combine(_dir, "set");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "a"), [1]);
        EcoBrief.Build.AtomicFileSet.Write(dir, [("a", [10]), ("b", [20])]);
        Assert.Equal(["a", "b"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([10], File.ReadAllBytes(Path.Combine(dir, "a")));
    }

    [Fact]
    public void Temporaries_of_a_killed_build_are_reported_by_check_and_removed_by_build()
    {
        var source = Source(changed: false);
        Assert.Equal(0, CliRunner.Run("build", source, "-o", Out).Exit);
        // What kill -9 between writing and renaming leaves: no process has this id (pid_max is at most 2^22).
        var leftover = Path.Combine(Folder, $".handout.docx.2147483646.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(leftover, [1, 2, 3]);
        // A running build's temporary (ours) and a file of the user's that merely looks alike stay.
        var running = Path.Combine(Folder, $".summary.pdf.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(running, [1]);
        var users = Path.Combine(Folder, ".notes.tmp");
        File.WriteAllBytes(users, [1]);

        var (exit, stdout, _) = CliRunner.Run("check", source, "-o", Out);
        Assert.Equal(3, exit);
        Assert.Contains($"  {leftover} (leftover temporary", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(running, stdout, StringComparison.Ordinal);

        (exit, stdout, _) = CliRunner.Run("build", source, "-o", Out);
        Assert.Equal(0, exit);
        Assert.Contains("removed 1 leftover temporary", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(users));
        File.Delete(running);
        Assert.Equal(0, CliRunner.Run("check", source, "-o", Out).Exit);
    }
}
