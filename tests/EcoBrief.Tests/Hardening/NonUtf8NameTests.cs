using System.Diagnostics;
using EcoBrief.IO;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A file whose name is not UTF-8 (GBK bytes, from a zip made on a Chinese Windows) exists, but .NET
/// can only name it with U+FFFD: it is reported as such, with what to do, never as <c>no such file</c>.
/// </summary>
public sealed class NonUtf8NameTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-nonutf8-").FullName;

    /// <summary>rm, since .NET cannot name what it would delete.</summary>
    public void Dispose()
    {
        using var rm = Process.Start("rm", ["-rf", _dir]);
        rm.WaitForExit();
    }

    /// <summary>Copies the seed to <paramref name="folder"/>/你.txt with 你 in GBK (C4 E3), as the shell makes it; gives the path as .NET names it.</summary>
    private string GbkNamedCopy(string folder)
    {
        Directory.CreateDirectory(Path.Combine(_dir, folder));
        using (var sh = Process.Start("/bin/sh", ["-c", "cp \"$1\" \"$2/$(printf '\\304\\343').txt\"", "sh", TestPaths.Seed, Path.Combine(_dir, folder)]))
        {
            sh.WaitForExit();
            Assert.Equal(0, sh.ExitCode);
        }

        return Assert.Single(Directory.GetFiles(Path.Combine(_dir, folder)));
    }

    [LinuxFact]
    public void A_source_whose_name_is_not_utf8_is_reported_as_such_not_as_missing()
    {
        var path = GbkNamedCopy("reports");
        Assert.Equal("\uFFFD\uFFFD.txt", Path.GetFileName(path));

        var (exit, _, err) = CliRunner.Run("extract", path);

        Assert.Equal(1, exit);
        var line = Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"ecobrief: error: {path}: its name is not UTF-8", line, StringComparison.Ordinal);
        Assert.Contains("rename it to UTF-8 (convmv -f GB18030 -t UTF-8 --notest", line, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", line, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_template_or_reference_document_whose_name_is_not_utf8_is_reported_as_such()
    {
        var templates = Path.Combine(_dir, "templates");
        Directory.CreateDirectory(templates);
        using (var sh = Process.Start("/bin/sh", ["-c", "printf '# t\\n' > \"$1/$(printf '\\304\\343').md.sbn\" && cp \"$2\" \"$1/$(printf '\\304\\343').docx\"", "sh", templates, Path.Combine(TestPaths.RepoRoot, "output", "2024-mee-work-report", "handout.docx")]))
        {
            sh.WaitForExit();
            Assert.Equal(0, sh.ExitCode);
        }

        var template = CliRunner.Run("build", TestPaths.Seed, "-o", Path.Combine(_dir, "out"), "--templates", templates, "--formats", "\uFFFD\uFFFD.md");
        Assert.Equal(1, template.Exit);
        Assert.Contains($"{Path.Combine(templates, "\uFFFD\uFFFD.md.sbn")}: its name is not UTF-8", template.Err, StringComparison.Ordinal);

        var reference = CliRunner.Run("build", TestPaths.Seed, "-o", Path.Combine(_dir, "out"), "--formats", "docx", "--reference-docx", Path.Combine(templates, "\uFFFD\uFFFD.docx"));
        Assert.Equal(1, reference.Exit);
        Assert.Contains("\uFFFD\uFFFD.docx: its name is not UTF-8", reference.Err, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_folder_whose_name_is_not_utf8_is_named_and_a_missing_file_is_still_missing()
    {
        var folder = Path.GetDirectoryName(GbkNamedCopy("x"))!;
        using (var sh = Process.Start("/bin/sh", ["-c", "mkdir \"$1/$(printf '\\304\\343')\" && cp \"$2\" \"$1/$(printf '\\304\\343')/report.txt\"", "sh", folder, TestPaths.Seed]))
        {
            sh.WaitForExit();
        }

        var inside = Path.Combine(folder, "\uFFFD\uFFFD", "report.txt");
        Assert.StartsWith($"the name of the folder {Path.Combine(folder, "\uFFFD\uFFFD")} is not UTF-8", NonUtf8Name.Explain(inside), StringComparison.Ordinal);
        Assert.Equal(FileRejection.NameNotUtf8, Assert.Throws<FileRejectedException>(() => RegularFile.ReadAllBytes(inside, InputLimits.Megabyte, "source")).Reason);

        // A name with U+FFFD that no entry has is missing, as any other.
        Assert.Null(NonUtf8Name.Explain(Path.Combine(folder, "\uFFFD.txt")));
        Assert.Equal($"ecobrief: error: {Path.Combine(folder, "\uFFFD.txt")}: no such file", CliRunner.Run("extract", Path.Combine(folder, "\uFFFD.txt")).Err.TrimEnd('\n'));
    }
}
