using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A font a template names that is not a whole font — cut short by a failed copy, or empty — fails
/// the build in one line naming the file and what is wrong, never a stack trace nor an "internal error".
/// </summary>
public sealed class BrokenFontTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-broken-font-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string ShippedFont => Path.Combine(TestPaths.RepoRoot, "src", "EcoBrief.Layout", "Fonts", "NotoSansSC-Regular.ttf");

    private (int Exit, string Err) BuildWithBodyFont(byte[] font)
    {
        var templates = Path.Combine(_dir, "templates");
        Directory.CreateDirectory(Path.Combine(templates, "fonts"));
        var path = Path.Combine(templates, "fonts", "body.ttf");
        File.WriteAllBytes(path, font);
        File.WriteAllText(Path.Combine(templates, "summary.md.sbn"), $"---\ntemplate: summary\nfonts:\n  body: \"{path}\"\n---\n# 标题\n\n正文。\n");
        var (exit, _, err) = CliRunner.Run("build", TestPaths.Seed, "-o", Path.Combine(_dir, "out"), "--formats", "summary.pdf", "--templates", templates);
        return (exit, err);
    }

    private void AssertOneLine((int Exit, string Err) result, string reason)
    {
        Assert.Equal(1, result.Exit);
        var line = Assert.Single(result.Err.TrimEnd('\n').Split('\n'));
        Assert.Equal($"ecobrief: error: {TestPaths.Seed}: {Path.Combine(_dir, "templates", "fonts", "body.ttf")}: not a font EcoBrief can read: {reason}", line);
        Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "out", "2024-mee-work-report", "summary.pdf")));
    }

    [Fact]
    public void A_truncated_ttf_is_one_line_saying_how_short_it_is()
    {
        var whole = File.ReadAllBytes(ShippedFont);
        AssertOneLine(BuildWithBodyFont(whole[..5000]), "the file is cut short: it has 5000 bytes, its tables need 7387550");
    }

    [Fact]
    public void A_ttf_cut_inside_its_header_is_one_line() =>
        AssertOneLine(BuildWithBodyFont(File.ReadAllBytes(ShippedFont)[..40]), "the file is cut short inside its table directory");

    [Fact]
    public void An_empty_ttf_is_one_line() => AssertOneLine(BuildWithBodyFont([]), "the file is empty");

    [Fact]
    public void A_text_file_named_ttf_is_one_line() =>
        AssertOneLine(BuildWithBodyFont("这不是字体，只是一段文字。"u8.ToArray()), "it does not start as a TrueType or OpenType font");
}
