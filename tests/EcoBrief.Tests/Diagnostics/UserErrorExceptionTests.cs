using EcoBrief.Diagnostics;
using EcoBrief.Pdf;
using EcoBrief.Templating;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Diagnostics;

/// <summary>The user-facing failures of every stage share one base, which the CLI reports as one line.</summary>
public sealed class UserErrorExceptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-usererror-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Input_template_and_layout_errors_are_user_errors()
    {
        Assert.IsAssignableFrom<UserErrorException>(new InputRejectedException("x"));
        Assert.IsAssignableFrom<UserErrorException>(new TemplateException("x"));
        Assert.IsAssignableFrom<UserErrorException>(new PageLayoutException("x"));
    }

    [Fact]
    public void A_one_page_template_that_cannot_fit_fails_its_report_with_one_line_and_no_stack_trace()
    {
        var templates = Path.Combine(_dir, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "summary.md.sbn"),
            "---\none_page: true\nbase_font_size: 11\nmin_font_size: 9\n---\n# 标题\n\n" + string.Concat(Enumerable.Repeat(new string('长', 400) + "。\n\n", 12)));
        var (exit, _, stderr) = CliRunner.Run("build", TestPaths.Seed, "-o", Path.Combine(_dir, "out"), "--templates", templates, "--formats", "summary.pdf");
        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("does not fit on one page even at 9 pt", line, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
    }
}
