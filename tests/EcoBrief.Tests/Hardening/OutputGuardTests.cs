using EcoBrief.IO;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// No output ever replaces an input — a source, its corrections sidecar, a template or partial, the
/// reference document, the pairs file — by its real path (links followed, <c>..</c> resolved),
/// checked before anything is written and refused in one line (<see cref="OutputGuard"/>).
/// </summary>
public sealed class OutputGuardTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-outputguard-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string At(params string[] parts) => Path.Combine([_dir, .. parts]);

    /// <summary>A copy of the seed at <paramref name="parts"/>.</summary>
    private string Report(params string[] parts)
    {
        var path = At(parts);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(TestPaths.Seed, path);
        return path;
    }

    private static string Refusal((int Exit, string Out, string Err) result)
    {
        Assert.Equal(1, result.Exit);
        var line = Assert.Single(result.Err.TrimEnd('\n').Split('\n'));
        Assert.Contains(": refused to write: ", line, StringComparison.Ordinal);
        return line;
    }

    private static void Unchanged(string path, byte[] before) => Assert.Equal(before, File.ReadAllBytes(path));

    [Fact]
    public void A_report_is_never_overwritten_by_its_own_summary()
    {
        // The case: X/summary/summary.txt built into X as plain text is X/summary/summary.txt.
        var source = Report("X", "summary", "summary.txt");
        var before = File.ReadAllBytes(source);

        var line = Refusal(CliRunner.Run("build", source, "-o", At("X"), "--formats", "txt"));

        Assert.Equal($"ecobrief: error: {source}: refused to write: it is the source {source}; choose another -o, or move the input", line);
        Unchanged(source, before);
        Assert.Equal([source], Directory.GetFiles(At("X", "summary")));
    }

    [LinuxFact]
    public void The_output_is_compared_by_its_real_path_through_links_and_dot_dot()
    {
        var source = Report("X", "summary", "summary.txt");
        var before = File.ReadAllBytes(source);

        // The output folder's report folder is a link to the source's folder.
        Directory.CreateDirectory(At("Y"));
        File.CreateSymbolicLink(At("Y", "summary"), At("X", "summary"));
        Assert.Contains($"(by its real path, {source})", Refusal(CliRunner.Run("build", source, "-o", At("Y"), "--formats", "txt")), StringComparison.Ordinal);

        // The output file is a link to the source.
        Directory.CreateDirectory(At("Z", "summary"));
        File.CreateSymbolicLink(At("Z", "summary", "summary.txt"), source);
        Refusal(CliRunner.Run("build", source, "-o", At("Z"), "--formats", "txt"));

        // -o written with .. and . that lead back to X; the source named through a link to its folder.
        Refusal(CliRunner.Run("build", source, "-o", At("X", "summary", "..", "..", "X", "."), "--formats", "txt"));
        File.CreateSymbolicLink(At("L"), At("X"));
        Refusal(CliRunner.Run("build", At("L", "summary", "summary.txt"), "-o", At("X"), "--formats", "txt"));

        Unchanged(source, before);
        Assert.Equal([source], Directory.GetFiles(At("X", "summary")));
    }

    [Fact]
    public void The_reference_document_is_never_an_output()
    {
        var source = Report("X", "r.txt");
        var reference = At("X", "r", "handout.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(reference)!);
        File.Copy(Path.Combine(TestPaths.RepoRoot, "output", "2024-mee-work-report", "handout.docx"), reference);
        var before = File.ReadAllBytes(reference);

        var line = Refusal(CliRunner.Run("build", source, "-o", At("X"), "--formats", "docx", "--reference-docx", reference));

        Assert.Contains($"it is the reference document {reference}", line, StringComparison.Ordinal);
        Unchanged(reference, before);
    }

    /// <summary>A copy of the built-in templates in <paramref name="parts"/>.</summary>
    private string Templates(params string[] parts)
    {
        var templates = At(parts);
        var root = Path.Combine(TestPaths.RepoRoot, "templates");
        foreach (var file in Directory.GetFiles(root, "*.sbn", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return templates;
    }

    [LinuxFact]
    public void No_template_or_partial_is_ever_an_output_but_other_files_may_go_into_the_templates_folder()
    {
        var templates = Templates("T");
        var source = Report("report.txt");
        var template = Path.Combine(templates, "summary.md.sbn");
        var partial = Path.Combine(templates, "partials", "meta-line.sbn");
        var (templateBefore, partialBefore) = (File.ReadAllBytes(template), File.ReadAllBytes(partial));

        Assert.Contains("it is a template or partial", Refusal(CliRunner.Run("render", source, "--templates", templates, "-o", template)), StringComparison.Ordinal);
        Refusal(CliRunner.Run("render", source, "--templates", templates, "-o", partial));
        Refusal(CliRunner.Run("render", source, "--templates", templates, "-o", Path.Combine(templates, "partials", "..", "summary.md.sbn")));
        Directory.CreateDirectory(Path.Combine(templates, "out"));
        File.CreateSymbolicLink(Path.Combine(templates, "out", "link.md"), template);
        Refusal(CliRunner.Run("render", source, "--templates", templates, "-o", Path.Combine(templates, "out", "link.md")));
        Unchanged(template, templateBefore);
        Unchanged(partial, partialBefore);

        // A file of another name that a template includes is one too.
        var foot = Path.Combine(templates, "partials", "foot.txt");
        File.WriteAllText(foot, "（完）\n");
        File.WriteAllText(Path.Combine(templates, "brief.md.sbn"), "# {{ meta.title | md }}\n\n{{ include 'partials/foot.txt' }}\n");
        Assert.Contains("it is a template or partial", Refusal(CliRunner.Run("render", source, "--templates", templates, "--template", "brief", "-o", foot)), StringComparison.Ordinal);
        Assert.Equal("（完）\n", File.ReadAllText(foot));

        // What is not a template may be written there, and written again: render's file, a build's folder.
        for (var i = 0; i < 2; i++)
        {
            var rendered = CliRunner.Run("render", source, "--templates", templates, "-o", Path.Combine(templates, "out", "t.md"));
            Assert.True(rendered.Exit == 0, rendered.Err);
            var built = CliRunner.Run("build", source, "-o", templates, "--formats", "md", "--templates", templates);
            Assert.True(built.Exit == 0, built.Err);
        }

        Assert.True(File.Exists(Path.Combine(templates, "report", "summary.md")));
    }

    [Fact]
    public void Render_preview_and_compare_never_write_over_a_source_or_its_sidecar()
    {
        var source = Report("report.txt");
        var sidecar = At("report.ecobrief.yml");
        File.WriteAllText(sidecar, "meta:\n  speaker: 某某\n");
        var before = File.ReadAllBytes(source);

        Assert.Contains("it is the source", Refusal(CliRunner.Run("render", source, "-o", source)), StringComparison.Ordinal);
        Assert.Contains("it is the corrections file", Refusal(CliRunner.Run("render", source, "-o", sidecar)), StringComparison.Ordinal);
        Assert.Equal("meta:\n  speaker: 某某\n", File.ReadAllText(sidecar));

        // compare writes compare.md into -o: here, where the older report is kept under that name.
        var old = Report("pair", "compare.md");
        var oldBefore = File.ReadAllBytes(old);
        Refusal(CliRunner.Run("compare", old, source, "-o", At("pair"), "--formats", "md"));
        Unchanged(old, oldBefore);

        // preview's pages are REPORT-TEMPLATE-N.png: one that is a link to the source is refused.
        if (OperatingSystem.IsLinux())
        {
            Directory.CreateDirectory(At("pages"));
            File.CreateSymbolicLink(At("pages", "report-summary-1.png"), source);
            Assert.Contains($"(by its real path, {source})", Refusal(CliRunner.Run("preview", source, "-o", At("pages"))), StringComparison.Ordinal);
        }

        Unchanged(source, before);
    }

    [Fact]
    public void The_pairs_file_is_never_a_comparison_s_output()
    {
        Report("P", "a.txt");
        Report("P", "b.txt");
        var pairs = At("P", "compare", "a--b", "compare.json");
        Directory.CreateDirectory(Path.GetDirectoryName(pairs)!);
        File.WriteAllText(pairs, "../../a.txt -> ../../b.txt\n");

        var line = Refusal(CliRunner.Run("build", At("P", "a.txt"), "-o", At("P"), "--formats", "json", "--pairs", pairs));

        Assert.Contains($"it is the pairs file {pairs}", line, StringComparison.Ordinal);
        Assert.Equal("../../a.txt -> ../../b.txt\n", File.ReadAllText(pairs));
    }

    [LinuxFact]
    public void The_guard_compares_real_paths_and_takes_every_sbn_file_of_the_templates_folder()
    {
        var source = Report("src", "a.txt");
        File.CreateSymbolicLink(At("link"), At("src"));
        Directory.CreateDirectory(At("templates", "partials"));
        File.WriteAllText(At("templates", "partials", "p.sbn"), "x");
        var guard = new OutputGuard().AddFile(source, "the source").AddTemplates(At("templates"));

        Assert.Equal(source, Assert.Throws<OutputRefusedException>(() => guard.Check(At("link", "a.txt"))).Input);
        Assert.Throws<OutputRefusedException>(() => guard.Check(At("src", "..", "src", "a.txt")));
        Assert.Throws<OutputRefusedException>(() => guard.Check(At("templates", "summary.md.sbn")));
        Assert.Throws<OutputRefusedException>(() => guard.Check(At("templates", "partials", "p.sbn")));
        guard.Check(At("src", "b.txt"));
        guard.Check(At("templates", "out", "a", "summary.md"));
        guard.Check(At("elsewhere", "x.sbn"));
    }
}
