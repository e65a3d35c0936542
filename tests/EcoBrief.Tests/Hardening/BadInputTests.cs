using System.Globalization;
using System.Text;
using EcoBrief.Document;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Pdf;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// Whatever a scraper or a colleague produces: each input gives a valid briefing with warnings, or
/// fails with one line and a non-zero exit — never a stack trace, a partial file, or damage to outputs.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-bad-").FullName;

    public void Dispose()
    {
        foreach (var f in Directory.GetFiles(_dir, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(f, FileAttributes.Normal);
        }

        Directory.Delete(_dir, recursive: true);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private (int Exit, string Out, string Err) Build(string source, string formats = "pdf,docx,json") =>
        CliRunner.Run("build", source, "-o", Path.Combine(_dir, "out"), "--formats", formats);

    private static void AssertOneLineError(string stderr, string expected)
    {
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "the file is empty")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x09, 0x0A }, "only white space")]
    [InlineData("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, "PNG image")]
    [InlineData("binary.txt", new byte[] { 0x01, 0x02, 0x00, 0x03, 0x04, 0x05, 0x06 }, "NUL bytes")]
    public void Not_a_report_fails_with_one_line_and_writes_nothing(string name, byte[] bytes, string reason)
    {
        var (exit, _, stderr) = Build(Write(name, bytes));
        Assert.Equal(1, exit);
        AssertOneLineError(stderr, reason);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out", Path.GetFileNameWithoutExtension(name))));
    }

    [Fact]
    public void A_missing_file_and_a_directory_fail_with_one_line()
    {
        var (exit, _, err) = Build(Path.Combine(_dir, "nope.txt"));
        Assert.Equal(1, exit);
        AssertOneLineError(err, "nope.txt: no such file");
        (exit, _, err) = Build(_dir);
        Assert.Equal(1, exit);
        AssertOneLineError(err, "is a directory, not a report file");
    }

    [NotAsRootFact]
    public void An_unreadable_file_fails_with_one_line()
    {
        var path = Write("secret.txt", Encoding.UTF8.GetBytes("一、回顾。"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        var (exit, _, err) = Build(path);
        Assert.Equal(1, exit);
        AssertOneLineError(err, "permission denied");
    }

    [LinuxFact]
    public void A_file_the_kernel_refuses_to_read_fails_with_one_line_even_as_root()
    {
        // The permission tests above cannot bind root (as CI runs); /proc/self/mem refuses anyone a read at offset 0.
        var (exit, _, err) = Build("/proc/self/mem");
        Assert.Equal(1, exit);
        AssertOneLineError(err, "/proc/self/mem: cannot be read");
    }

    [LinuxFact]
    public void An_output_folder_that_cannot_be_created_fails_with_one_line_even_as_root()
    {
        var (exit, _, err) = CliRunner.Run("build", TestPaths.Seed, "-o", "/proc/ecobrief-output", "--formats", "json");
        Assert.Equal(1, exit);
        AssertOneLineError(err, "cannot create the folder /proc/ecobrief-output/2024-mee-work-report");
    }

    [Fact]
    public void An_output_folder_that_is_a_file_fails_with_one_line()
    {
        var file = Write("out", [1]);
        var (exit, _, err) = CliRunner.Run("build", TestPaths.Seed, "-o", file, "--formats", "json");
        Assert.Equal(1, exit);
        Assert.StartsWith("ecobrief: error:", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.Equal([1], File.ReadAllBytes(file));
    }

    [NotAsRootFact]
    public void An_output_folder_that_is_not_writable_fails_with_one_line()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "locked")).FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var (exit, _, err) = CliRunner.Run("build", TestPaths.Seed, "-o", dir, "--formats", "json");
        Assert.Equal(1, exit);
        Assert.StartsWith("ecobrief: error:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_utf8_gb18030_and_utf16_reports_build()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(TestPaths.Seed);
        var utf8 = Encoding.UTF8.GetBytes(text + "进");
        foreach (var (name, bytes) in new[]
        {
            ("truncated.txt", utf8[..^1]),
            ("gb18030.txt", Encoding.GetEncoding("GB18030").GetBytes(text)),
            ("utf16le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
            ("utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]),
        })
        {
            var (exit, _, err) = Build(Write(name, bytes), "json");
            Assert.True(exit == 0, name + ": " + err);
        }
    }

    [Fact]
    public void A_text_with_no_numbering_at_all_gives_a_briefing_with_warnings()
    {
        var novel = string.Concat(Enumerable.Repeat("夜色渐深，村口的老槐树在风里轻轻摇晃。她提着灯，沿着小路慢慢走回家去，心里想着明天的事情。\n", 200));
        var briefing = Stages.Extract(ReportReader.Clean(novel));
        Assert.Contains(briefing.Diagnostics, w => w.Text.Contains("fewer than two top-level parts", StringComparison.Ordinal));
        Assert.Contains(briefing.Diagnostics, w => w.Text.Contains("no challenges", StringComparison.Ordinal));
        var (exit, _, _) = Build(Write("novel.txt", Encoding.UTF8.GetBytes(novel)));
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Headings_only_give_a_briefing_with_warnings()
    {
        var headings = "报告\n一、2023年工作回顾\n（一）坚持稳中求进\n（二）坚持改革创新\n二、2024年重点工作任务\n（一）扩大内需\n（二）深化改革\n";
        var (exit, _, err) = Build(Write("headings.txt", Encoding.UTF8.GetBytes(headings)));
        Assert.Equal(0, exit);
        Assert.Contains("no challenges", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_thousand_numbered_items_build_and_the_summary_still_fits_one_page()
    {
        var sb = new StringBuilder("工作报告\n一、2023年工作回顾\n");
        for (var i = 1; i <= 2500; i++)
        {
            sb.Append(i).Append(".完成第").Append(i).Append("项工作，投入资金").Append(i).Append("万元。\n");
        }

        sb.Append("二、2024年重点工作任务\n");
        for (var i = 1; i <= 2500; i++)
        {
            sb.Append(i).Append(".推进第").Append(i).Append("项任务。\n");
        }

        var briefing = Stages.Extract(ReportReader.Clean(sb.ToString()));
        Assert.Equal(2500, briefing.Achievements.Count);
        Assert.Equal(2500, briefing.Tasks.Count);
        var pdf = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(briefing, "summary", "many.txt"));
        Assert.Single(pdf.Pages);
    }

    [Fact]
    public void Characters_outside_the_fonts_are_warnings_naming_them()
    {
        // Each is drawn from a system font where this machine has one, else a warning names it
        // (Linear A, U+10600, hardly any machine has).
        var report = File.ReadAllText(TestPaths.Seed).Replace("坚决做到", "坚决做到𠮷😀عربي\U00010600", StringComparison.Ordinal);
        var (exit, _, err) = Build(Write("odd.txt", Encoding.UTF8.GetBytes(report)), "handout.pdf");
        Assert.Equal(0, exit);
        foreach (var cp in new[] { 0x20BB7, 0x1F600, 0x0639, 0x10600 })
        {
            var warned = err.Contains($"U+{cp:X4}", StringComparison.Ordinal);
            Assert.Equal(EcoBrief.Layout.Text.SystemFonts.FaceFor(cp, bold: false) is null && EcoBrief.Layout.Text.SystemFonts.FaceFor(cp, bold: true) is null, warned);
        }
    }

    [Fact]
    public void Control_characters_are_removed_with_a_warning()
    {
        var report = File.ReadAllText(TestPaths.Seed).Replace("坚决做到", "坚决\u0007做\u001B到", StringComparison.Ordinal);
        var (exit, _, err) = Build(Write("ctrl.txt", Encoding.UTF8.GetBytes(report)), "json");
        Assert.Equal(0, exit);
        Assert.Contains("control character(s) removed", err, StringComparison.Ordinal);
    }

    [Fact]
    public void One_200kb_line_without_punctuation_builds()
    {
        var line = string.Concat(Enumerable.Repeat("生态环境保护工作", 200 * 1024 / 24));
        var (exit, _, err) = Build(Write("long.txt", Encoding.UTF8.GetBytes("标题\n" + line)), "json,pdf");
        Assert.True(exit == 0, err);
    }

    [Fact]
    public async Task Concurrent_builds_into_the_same_folder_leave_whole_files()
    {
        var output = Path.Combine(_dir, "shared");
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => CliRunner.Run("build", TestPaths.Seed, "-o", output, "--force", "--quiet"))));
        Assert.All(results, r => Assert.Equal(0, r.Exit));
        var doc = Path.Combine(output, "2024-mee-work-report");
        Assert.Equal(0, CliRunner.Run("check", TestPaths.Seed, "-o", output).Exit);
        Assert.Empty(Directory.GetFiles(doc, "*.tmp"));
    }

    [Fact]
    public void Thousands_of_warnings_are_cut_to_a_few_lines_unless_verbose()
    {
        var report = new StringBuilder("2024年工作报告\n一、主要工作\n");
        for (var n = 1; n < 99; n += 2)
        {
            report.Append(CultureInfo.InvariantCulture, $"（{EcoBrief.Chinese.ChineseNumeral.Format(n)}）推进第{n}项工作，取得新进展。\n");
        }

        var source = Write("gaps.txt", Encoding.UTF8.GetBytes(report.ToString()));
        var (exit, _, err) = Build(source, "json");
        Assert.Equal(0, exit);
        var lines = err.TrimEnd().Split('\n');
        Assert.Equal(21, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("ecobrief: warning: gaps: ", l, StringComparison.Ordinal));
        Assert.Matches(@"^ecobrief: warning: gaps: [0-9]+ more warning\(s\); --verbose shows them all$", lines[^1]);

        var (_, _, all) = CliRunner.Run("build", source, "-o", Path.Combine(_dir, "out"), "--formats", "json", "--force", "--verbose");
        Assert.True(all.TrimEnd().Split('\n').Length > 40);
    }
}
