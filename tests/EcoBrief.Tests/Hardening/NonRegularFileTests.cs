using System.Diagnostics;
using EcoBrief.IO;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// Only regular files are read, and only up to a documented size: a FIFO, /dev/zero or /dev/urandom
/// as the source, a template, a partial, a font or the reference document is refused at once with
/// one line (it would block forever or never end), and so is a file over its limit.
/// </summary>
public sealed class NonRegularFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-nonregular-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "out");

    private string Fifo(string name)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private string Sparse(string name, long length)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        file.SetLength(length);
        return path;
    }

    /// <summary>Runs the command on another thread and fails the test (instead of hanging it) when it takes over 20 s.</summary>
    private static (int Exit, string Out, string Err) Bounded(params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(20)), $"ecobrief {string.Join(' ', args)} did not finish in 20 s");
        return run.Result;
    }

    private static void AssertOneLine((int Exit, string Out, string Err) result, string expected)
    {
        Assert.Equal(1, result.Exit);
        var line = Assert.Single(result.Err.TrimEnd('\n').Split('\n'));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_fifo_as_the_source_is_refused_at_once() =>
        AssertOneLine(Bounded("build", Fifo("report.txt"), "-o", Out), "report.txt: is a FIFO (named pipe), not a regular file");

    [LinuxTheory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_device_as_the_source_is_refused_at_once(string device) =>
        AssertOneLine(Bounded("extract", device), $"{device}: is a character device, not a regular file");

    [LinuxFact]
    public void A_fifo_as_a_main_template_or_a_partial_is_refused()
    {
        var templates = Path.Combine(_dir, "templates");
        Fifo("templates/t.md.sbn");
        AssertOneLine(Bounded("render", TestPaths.Seed, "--templates", templates, "--template", "t"), "t.md.sbn: is a FIFO (named pipe), not a regular file");

        File.Delete(Path.Combine(templates, "t.md.sbn"));
        File.WriteAllText(Path.Combine(templates, "t.md.sbn"), "# {{ include 'p.sbn' }}\n");
        Fifo("templates/p.sbn");
        AssertOneLine(Bounded("render", TestPaths.Seed, "--templates", templates, "--template", "t"), "p.sbn: is a FIFO (named pipe), not a regular file");
    }

    [LinuxFact]
    public void A_fifo_as_the_reference_document_is_refused() =>
        AssertOneLine(
            Bounded("build", TestPaths.Seed, "-o", Out, "--formats", "docx", "--reference-docx", Fifo("ref.docx")),
            "ref.docx: is a FIFO (named pipe), not a regular file");

    [LinuxFact]
    public void A_fifo_as_a_templates_font_is_refused()
    {
        var font = Fifo("fonts/body.ttf");
        var templates = Path.Combine(_dir, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "summary.md.sbn"), $"---\ntemplate: summary\nfonts:\n  body: \"{font}\"\n---\n# 标题\n\n正文。\n");
        AssertOneLine(
            Bounded("build", TestPaths.Seed, "-o", Out, "--formats", "summary.pdf", "--templates", templates),
            "body.ttf: is a FIFO (named pipe), not a regular file");
    }

    [Fact]
    public void A_refused_file_carries_its_path_and_reason_as_data()
    {
        var big = Sparse("big.txt", 3000);
        var tooBig = Assert.Throws<FileRejectedException>(() => RegularFile.ReadAllBytes(big, 2000, "source"));
        Assert.Equal((big, FileRejection.TooLarge), (tooBig.Path, tooBig.Reason));
        Assert.Equal($"{big}: {tooBig.Why}", tooBig.Message);
        var folder = Assert.Throws<FileRejectedException>(() => RegularFile.ReadAllBytes(_dir, 2000, "source"));
        Assert.Equal(FileRejection.NotRegular, folder.Reason);
        Assert.IsAssignableFrom<IOException>(folder);
    }

    [Fact]
    public void A_source_over_64_MB_is_refused_before_it_is_read_naming_the_limit_and_how_to_raise_it() =>
        AssertOneLine(
            Bounded("extract", Sparse("huge.txt", InputLimits.DefaultSource + InputLimits.Megabyte)),
            $"huge.txt: the source is 65 MB, more than the 64 MB limit for a source ({InputLimits.SourceVariable}=MEGABYTES raises it)");

    [Fact]
    public void A_template_over_1_MB_and_a_reference_document_over_32_MB_are_refused()
    {
        var templates = Path.Combine(_dir, "templates");
        Sparse("templates/t.md.sbn", InputLimits.Template + 1);
        AssertOneLine(Bounded("render", TestPaths.Seed, "--templates", templates, "--template", "t"), "more than the 1 MB limit for a template");
        AssertOneLine(
            Bounded("build", TestPaths.Seed, "-o", Out, "--formats", "docx", "--reference-docx", Sparse("ref.docx", InputLimits.ReferenceDocx + 1)),
            "more than the 32 MB limit for a reference document");
    }

    [Theory]
    [InlineData(null, 64)]
    [InlineData("", 64)]
    [InlineData("1", 1)]
    [InlineData("500", 500)]
    public void The_source_limit_can_be_raised_or_lowered(string? value, long megabytes) =>
        Assert.Equal(megabytes * InputLimits.Megabyte, InputLimits.ParseSource(value));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("lots")]
    [InlineData("99999999999")]
    public void A_source_limit_that_is_not_a_number_of_megabytes_is_refused(string value)
    {
        var e = Assert.Throws<ArgumentException>(() => InputLimits.ParseSource(value));
        Assert.StartsWith($"{InputLimits.SourceVariable}={value} ", e.Message, StringComparison.Ordinal);
    }
}
