using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A templates folder may come from anyone: a main template, a partial or a folder in it that is a
/// symbolic link to a file outside (a secret, /etc) is refused with one line and nothing is written;
/// links that stay inside the folder work.
/// </summary>
public sealed class TemplateSandboxTests : IDisposable
{
    private const string Secret = "SECRET-CONTENT-42";

    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-sandbox-").FullName;

    public TemplateSandboxTests()
    {
        Directory.CreateDirectory(Templates);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "secret.sbn"), Secret);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Templates => Path.Combine(_dir, "templates");

    private string Outside => Path.Combine(_dir, "outside");

    private (int Exit, string Err, string? Written) Render(string templates)
    {
        var output = Path.Combine(_dir, "out", "t.md");
        var (exit, _, err) = CliRunner.Run("render", TestPaths.Seed, "--templates", templates, "--template", "t", "-o", output);
        return (exit, err, File.Exists(output) ? File.ReadAllText(output) : null);
    }

    private static void AssertRefused((int Exit, string Err, string? Written) result)
    {
        Assert.Equal(1, result.Exit);
        Assert.Null(result.Written);
        Assert.Contains("refused", result.Err, StringComparison.Ordinal);
        Assert.Contains("outside the templates folder", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.TrimEnd('\n').Split('\n'));
    }

    [LinuxFact]
    public void A_main_template_that_links_outside_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(Templates, "t.md.sbn"), Path.Combine(Outside, "secret.sbn"));
        AssertRefused(Render(Templates));
    }

    [LinuxFact]
    public void A_main_template_that_links_to_a_system_file_is_refused_by_build_too()
    {
        File.CreateSymbolicLink(Path.Combine(Templates, "summary.md.sbn"), "/etc/passwd");
        var output = Path.Combine(_dir, "out");
        var (exit, _, err) = CliRunner.Run("build", TestPaths.Seed, "-o", output, "--templates", Templates, "--formats", "summary.md");
        Assert.Equal(1, exit);
        Assert.Contains("outside the templates folder", err, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [LinuxFact]
    public void A_partial_that_links_outside_is_refused()
    {
        File.WriteAllText(Path.Combine(Templates, "t.md.sbn"), "# 标题\n\n{{ include 'partials/p.sbn' }}\n");
        Directory.CreateDirectory(Path.Combine(Templates, "partials"));
        File.CreateSymbolicLink(Path.Combine(Templates, "partials", "p.sbn"), Path.Combine(Outside, "secret.sbn"));
        var result = Render(Templates);
        AssertRefused(result);
        Assert.Contains("(3,4)", result.Err, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_folder_that_links_outside_is_refused()
    {
        File.WriteAllText(Path.Combine(Templates, "t.md.sbn"), "# 标题\n\n{{ include 'partials/secret.sbn' }}\n");
        Directory.CreateSymbolicLink(Path.Combine(Templates, "partials"), Outside);
        AssertRefused(Render(Templates));
    }

    [LinuxFact]
    public void A_link_whose_target_climbs_out_through_a_linked_folder_is_refused()
    {
        // inside/x.sbn -> deep/../secret.sbn, where deep -> outside/sub: the target's ".." leaves from outside/sub, not from inside.
        Directory.CreateDirectory(Path.Combine(Outside, "sub"));
        File.WriteAllText(Path.Combine(Templates, "secret.sbn"), "harmless");
        Directory.CreateSymbolicLink(Path.Combine(Templates, "deep"), Path.Combine(Outside, "sub"));
        File.CreateSymbolicLink(Path.Combine(Templates, "t.md.sbn"), Path.Combine("deep", "..", "secret.sbn"));
        AssertRefused(Render(Templates));
    }

    [LinuxFact]
    public void Links_that_stay_inside_the_folder_and_a_linked_templates_folder_work()
    {
        Directory.CreateDirectory(Path.Combine(Templates, "real"));
        File.WriteAllText(Path.Combine(Templates, "real", "t.sbn"), "# {{ meta.speaker | md }}\n\n{{ include 'partials/p.sbn' }}\n");
        File.WriteAllText(Path.Combine(Templates, "real", "p.sbn"), "内部的片段");
        File.CreateSymbolicLink(Path.Combine(Templates, "t.md.sbn"), Path.Combine("real", "t.sbn"));
        Directory.CreateSymbolicLink(Path.Combine(Templates, "partials"), "real");

        var (exit, err, written) = Render(Templates);
        Assert.True(exit == 0, err);
        Assert.Contains("内部的片段", written, StringComparison.Ordinal);

        var linked = Path.Combine(_dir, "linked-templates");
        Directory.CreateSymbolicLink(linked, Templates);
        (exit, err, written) = Render(linked);
        Assert.True(exit == 0, err);
        Assert.Contains("内部的片段", written, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_loop_of_links_is_one_line()
    {
        File.CreateSymbolicLink(Path.Combine(Templates, "t.md.sbn"), "loop.sbn");
        File.CreateSymbolicLink(Path.Combine(Templates, "loop.sbn"), "t.md.sbn");
        var (exit, err, written) = Render(Templates);
        Assert.Equal(1, exit);
        Assert.Null(written);
        Assert.Contains("too many levels of symbolic links", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
    }
}
