using System.Text;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// A template must be UTF-8 (or say what it is with a BOM): one saved as GB18030/GBK is refused in
/// one line naming the file and the place, instead of rendering its Chinese as mojibake.
/// </summary>
public sealed class TemplateEncodingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-template-encoding-").FullName;

    static TemplateEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Template = "# 摘要\n\n{{ meta.title }}\n\n第二段。\n";

    private (int Exit, string Out, string Err) Render(string file = "t.md.sbn") =>
        CliRunner.Run("render", TestPaths.Seed, "--templates", _dir, "--template", Path.GetFileName(file).Replace(".md.sbn", string.Empty, StringComparison.Ordinal));

    [Fact]
    public void A_GB18030_template_is_refused_in_one_line_naming_the_file_and_the_line()
    {
        File.WriteAllBytes(Path.Combine(_dir, "t.md.sbn"), Encoding.GetEncoding(54936).GetBytes(Template));

        var (exit, stdout, err) = Render();

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        var line = Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.Equal($"ecobrief: error: {Path.Combine(_dir, "t.md.sbn")}(5,1): the template is not UTF-8 (byte 0xB5); it reads as GB18030/GBK: save it as UTF-8 (iconv -f GB18030 -t UTF-8)", line);
    }

    [Fact]
    public void A_GBK_partial_is_refused_too()
    {
        File.WriteAllText(Path.Combine(_dir, "t.md.sbn"), "# 摘要\n\n{{ include 'partials/p.sbn' }}\n");
        Directory.CreateDirectory(Path.Combine(_dir, "partials"));
        File.WriteAllBytes(Path.Combine(_dir, "partials", "p.sbn"), [.. "ok\n"u8, .. Encoding.GetEncoding(936).GetBytes("重点任务\n")]);

        var (exit, _, err) = Render();

        Assert.Equal(1, exit);
        var line = Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.Contains($"{Path.Combine(_dir, "partials", "p.sbn")}(2,1): the template is not UTF-8", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_neither_UTF_8_nor_GB18030_are_refused_without_the_GB18030_hint()
    {
        File.WriteAllBytes(Path.Combine(_dir, "t.md.sbn"), [.. "# 摘要\n\nab"u8, 0xFF, .. "\n"u8]);

        var (exit, _, err) = Render();

        Assert.Equal(1, exit);
        Assert.EndsWith("t.md.sbn(3,3): the template is not UTF-8 (byte 0xFF); save it as UTF-8\n", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_template_in_UTF_8_or_with_a_byte_order_mark_renders_its_Chinese(string encoding)
    {
        var e = encoding == "utf-8-bom" ? Encoding.UTF8 : Encoding.GetEncoding(encoding);
        byte[] bytes = [.. e.GetPreamble(), .. e.GetBytes(Template)];
        File.WriteAllBytes(Path.Combine(_dir, "t.md.sbn"), bytes);

        var (exit, stdout, err) = Render();

        Assert.True(exit == 0, err);
        Assert.StartsWith("# 摘要\n", stdout, StringComparison.Ordinal);
        Assert.Contains("第二段。", stdout, StringComparison.Ordinal);
    }
}
