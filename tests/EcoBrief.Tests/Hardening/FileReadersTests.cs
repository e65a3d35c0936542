using System.Diagnostics;
using System.Text.RegularExpressions;
using EcoBrief.IO;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// Every file EcoBrief reads goes through one guarded reader, <see cref="RegularFile"/>: regular
/// files only, no blocking open, a cap on the bytes actually read. The sidecar, the pairs file, the
/// outputs <c>check</c> compares and the system's fallback fonts used to be read without it.
/// </summary>
public sealed partial class FileReadersTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-readers-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>What reads a file by its path in .NET (or a native library's loader), other than through RegularFile.</summary>
    [GeneratedRegex(@"\bFile\.(?:ReadAll\w*|ReadLines\w*|Open(?!Write)\w*)\(|\bnew\s+(?:FileStream|StreamReader|BinaryReader)\(\s*(?!new MemoryStream|stream\b)|\bFileInfo\b[^;]*\.Open\w*\(|\bXDocument\.Load\(|\bXmlReader\.Create\(\s*(?!stream|new)|\bZipFile\.Open\w*\(|\bSKTypeface\.FromFile\(|\bSKData\.Create\(\s*(?:path|file)|\bWordprocessingDocument\.Open\(\s*(?:path|file)")]
    private static partial Regex ReadsAFile();

    /// <summary>Writes and the reader itself: each with why it is no read of an input.</summary>
    private static readonly (string File, string Code, string Why)[] Allowed =
    [
        ("src/EcoBrief/IO/RegularFile.cs", "new FileStream(", "the guarded reader itself, after its checks"),
        ("src/EcoBrief.Build/AtomicFile.cs", "new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None)", "writes a new temporary"),
    ];

    /// <summary>The readers: each file that reads an input, through RegularFile.</summary>
    private static readonly string[] Readers =
    [
        "src/EcoBrief.Build/ComparisonPairs.cs",
        "src/EcoBrief.Build/OutputComparer.cs",
        "src/EcoBrief.Docx/ReferenceDocx.cs",
        "src/EcoBrief.Layout/Text/SystemFonts.cs",
        "src/EcoBrief.Pdf/PdfStyles.cs",
        "src/EcoBrief/Extraction/CorrectionsFile.cs",
        "src/EcoBrief/Extraction/Scoring/LinearModel.cs",
        "src/EcoBrief/Ingest/ReportReader.cs",
        "src/EcoBrief/Templating/TemplateLoader.cs",
    ];

    private static IEnumerable<(string File, int Line, string Code)> SourceLines() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f).Select((code, i) => (Path.GetRelativePath(TestPaths.RepoRoot, f).Replace('\\', '/'), i + 1, code.Trim())));

    [Fact]
    public void No_file_is_read_but_through_the_guarded_reader()
    {
        var unguarded = SourceLines()
            .Where(l => !l.Code.StartsWith("//", StringComparison.Ordinal) && ReadsAFile().IsMatch(l.Code))
            .Where(l => !Allowed.Any(a => a.File == l.File && l.Code.Contains(a.Code, StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Code}")
            .ToList();

        Assert.True(unguarded.Count == 0, "read through EcoBrief.IO.RegularFile instead (regular files only, a cap on the bytes read):\n" + string.Join("\n", unguarded));
    }

    [Fact]
    public void The_readers_are_these()
    {
        var readers = SourceLines().Where(l => l.Code.Contains("RegularFile.OpenRead(", StringComparison.Ordinal) || l.Code.Contains("RegularFile.ReadAllBytes(", StringComparison.Ordinal))
            .Select(l => l.File).Where(f => f != "src/EcoBrief/IO/RegularFile.cs").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        Assert.Equal(Readers, readers);
    }

    [LinuxFact]
    public void The_cap_is_on_the_bytes_read_not_on_the_length_the_system_reports()
    {
        // A file under /proc reports a length of 0 and holds more.
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);
        var status = RegularFile.ReadAllBytes("/proc/self/status", InputLimits.Megabyte, "status");
        Assert.StartsWith("Name:", System.Text.Encoding.UTF8.GetString(status), StringComparison.Ordinal);

        var tooLarge = Assert.Throws<FileRejectedException>(() => RegularFile.ReadAllBytes("/proc/self/status", 16, "status"));
        Assert.Equal((FileRejection.TooLarge, "the status is more than the 16 bytes limit for a status"), (tooLarge.Reason, tooLarge.Why));

        using var stream = RegularFile.OpenRead("/proc/self/status", 16, "status");
        Assert.Throws<FileRejectedException>(() => stream.CopyTo(Stream.Null));
    }

    [Fact]
    public void A_file_of_exactly_the_cap_is_read_whole()
    {
        var path = Path.Combine(_dir, "sixteen");
        File.WriteAllBytes(path, new byte[16]);
        Assert.Equal(16, RegularFile.ReadAllBytes(path, 16, "file").Length);
        Assert.Throws<FileRejectedException>(() => RegularFile.ReadAllBytes(path, 15, "file"));
    }

    private static string Fifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>Runs the command on another thread and fails the test (instead of hanging it) when it takes over 20 s.</summary>
    private static (int Exit, string Out, string Err) Bounded(params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(20)), $"ecobrief {string.Join(' ', args)} did not finish in 20 s");
        return run.Result;
    }

    [LinuxFact]
    public void A_fifo_where_an_output_should_be_is_stale_for_check_and_replaced_by_build()
    {
        var output = Path.Combine(_dir, "out");
        Assert.Equal(0, CliRunner.Run("build", TestPaths.Seed, "-o", output, "--formats", "json").Exit);
        var json = Path.Combine(output, "2024-mee-work-report", "briefing.json");
        File.Delete(json);
        Fifo(json);

        var check = Bounded("check", TestPaths.Seed, "-o", output, "--formats", "json");
        Assert.Equal(3, check.Exit);
        Assert.Contains($"{json} (differs)", check.Out, StringComparison.Ordinal);

        Assert.Equal(0, Bounded("build", TestPaths.Seed, "-o", output, "--formats", "json").Exit);
        Assert.True(new FileInfo(json) is { Exists: true, Length: > 0 });
    }

    [LinuxFact]
    public void A_fifo_as_the_pairs_file_is_refused_at_once()
    {
        var pairs = Fifo(Path.Combine(_dir, "compare.pairs"));
        var (exit, _, err) = Bounded("build", TestPaths.Seed, "-o", Path.Combine(_dir, "out"), "--formats", "json", "--pairs", pairs);
        Assert.Equal(1, exit);
        Assert.Equal($"ecobrief: error: {pairs}: cannot read the pairs file: is a FIFO (named pipe), not a regular file", Assert.Single(err.TrimEnd('\n').Split('\n')));
    }
}
