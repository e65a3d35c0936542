using System.Text.Json;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Json_goes_to_stdout_alone_with_cjk_unescaped()
    {
        var (exit, stdout, _) = CliRunner.Run("extract", TestPaths.Seed, "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        foreach (var key in new[] { "meta", "achievements", "challenges", "tasks", "priorities", "figures", "warnings" })
        {
            Assert.True(doc.RootElement.TryGetProperty(key, out _), key);
        }

        foreach (var key in new[] { "title", "speaker", "role", "occasion", "published", "publication" })
        {
            Assert.True(doc.RootElement.GetProperty("meta").TryGetProperty(key, out _), key);
        }

        var item = doc.RootElement.GetProperty("achievements")[0];
        Assert.Equal(["title", "summary", "points", "figures", "span"], item.EnumerateObject().Select(p => p.Name));
        // The line stays for tools; the outline place (一、（一）) is the one the handout cites.
        Assert.Equal(["start", "end", "line", "outline"], item.GetProperty("span").EnumerateObject().Select(p => p.Name));
        Assert.Equal("一、（一）", item.GetProperty("span").GetProperty("outline").GetString());
        var figure = doc.RootElement.GetProperty("figures")[0];
        Assert.Equal(["label", "value", "unit", "text", "change", "section", "span", "period", "qualifier", "confidence"], figure.EnumerateObject().Select(p => p.Name));
        Assert.Contains("黄润秋", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_json_a_readable_outline_is_printed()
    {
        var (exit, stdout, _) = CliRunner.Run("extract", TestPaths.Seed);
        Assert.Equal(0, exit);
        Assert.Contains("重点任务（8）", stdout, StringComparison.Ordinal);
        Assert.Contains("问题与挑战（5）", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_line_on_stderr_and_exit_1()
    {
        var (exit, stdout, stderr) = CliRunner.Run("extract", "no/such/report.txt", "--json");
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Equal("ecobrief: error: no/such/report.txt: no such file\n", stderr);
    }

    [Fact]
    public void A_binary_file_is_refused_with_exit_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ecobrief-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        try
        {
            var (exit, _, stderr) = CliRunner.Run("extract", path);
            Assert.Equal(1, exit);
            Assert.Equal($"ecobrief: error: {path}: not a text report: the file is a PNG image\n", stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "--no-such-option")]
    [InlineData("frobnicate")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("ecobrief:", stderr, StringComparison.Ordinal);
    }
}
