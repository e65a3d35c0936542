using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>
/// Templates are discovered: a template of a new name under --templates is built and checked like
/// the built-in ones; compare's template is not built per report; the plain-text writer is a format
/// like the others.
/// </summary>
public sealed class UserTemplateTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-usertemplate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "output");

    private string Folder => Path.Combine(Out, "2024-mee-work-report");

    private string[] Built() => [.. Directory.GetFiles(Folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    /// <summary>The built-in templates (compare's too), and brief.md.sbn: the summary's first lines under a title of its own.</summary>
    private string Templates()
    {
        var templates = Path.Combine(_dir, "templates");
        var root = Path.Combine(TestPaths.RepoRoot, "templates");
        foreach (var file in Directory.GetFiles(root, "*.sbn", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(templates, "brief.md.sbn"), "---\ntemplate: brief\none_page: true\n---\n\n# 简报：{{ meta.title | md }}\n\n{{ include 'partials/meta-line.sbn' }}\n");
        return templates;
    }

    [Fact]
    public void A_template_of_a_new_name_is_built_by_build_and_checked_by_check()
    {
        var templates = Templates();
        var (exit, _, stderr) = CliRunner.Run("build", TestPaths.Seed, "-o", Out, "--templates", templates);
        Assert.True(exit == 0, stderr);
        Assert.Equal(["brief.docx", "brief.pdf", "briefing.json", "handout.docx", "summary.pdf"], Built());
        Assert.Equal(0, CliRunner.Run("check", TestPaths.Seed, "-o", Out, "--templates", templates).Exit);

        File.AppendAllText(Path.Combine(templates, "brief.md.sbn"), "\n新加的一行\n");
        var (stale, stdout, _) = CliRunner.Run("check", TestPaths.Seed, "-o", Out, "--templates", templates);
        Assert.Equal(3, stale);
        Assert.Contains(Path.Combine(Folder, "brief.pdf") + " (differs)", stdout, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(Folder, "brief.docx") + " (differs)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("summary.pdf", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_template_s_file_can_be_named_in_formats_and_compare_s_template_is_never_built_per_report()
    {
        var templates = Templates();
        Assert.Equal(0, CliRunner.Run("build", TestPaths.Seed, "-o", Out, "--templates", templates, "--formats", "brief.md").Exit);
        Assert.Equal(["brief.md"], Built());
        Assert.StartsWith("---\ntemplate: brief", File.ReadAllText(Path.Combine(Folder, "brief.md")), StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run("build", TestPaths.Seed, "-o", Out, "--templates", templates, "--formats", "all").Exit);
        Assert.DoesNotContain(Built(), f => f.StartsWith("compare", StringComparison.Ordinal));
        Assert.Contains("brief.txt", Built());
    }

    [Fact]
    public void A_file_of_a_template_that_is_not_there_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("build", TestPaths.Seed, "-o", Out, "--formats", "brief.pdf");
        Assert.Equal(2, exit);
        Assert.Contains("unknown format(s) 'brief.pdf'", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Txt_writes_the_summary_and_the_handout_as_plain_text()
    {
        Assert.Equal(0, CliRunner.Run("build", TestPaths.Seed, "-o", Out, "--formats", "txt").Exit);
        Assert.Equal(["handout.txt", "summary.txt"], Built());
        Assert.StartsWith(Briefings.Seed.Meta.Title + "\n", File.ReadAllText(Path.Combine(Folder, "summary.txt")), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("check", TestPaths.Seed, "-o", Out, "--formats", "txt").Exit);
    }
}
