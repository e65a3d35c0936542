using EcoBrief.Document;
using EcoBrief.Extraction;
using EcoBrief.Publishing;
using EcoBrief.Templating;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Hardening;

/// <summary>
/// What a template writes is bounded: more than 16 MB of output fails with the limit named (instead
/// of being cut short with "..."), and Markdown nested deeper than the writers can follow (50,000
/// nested *, 120 nested lists, 100,000 &gt;, 50,000 [) fails in one line before Markdig parses it —
/// a stack overflow could not be caught.
/// </summary>
public sealed class TemplateOutputLimitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-limits-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Exit, string Out, string Err) Build(string template)
    {
        var templates = Path.Combine(_dir, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "summary.md.sbn"), template);
        return CliRunner.Run("build", TestPaths.Seed, "-o", Path.Combine(_dir, "out"), "--templates", templates, "--formats", "summary.pdf");
    }

    private static void AssertOneLine((int Exit, string Out, string Err) result, string expected)
    {
        Assert.Equal(1, result.Exit);
        var line = Assert.Single(result.Err.TrimEnd('\n').Split('\n'));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_over_16_MB_fails_with_the_limit_named() =>
        AssertOneLine(
            Build("{{ for i in 1..17000 }}{{ '' | string.pad_right 1000 }}{{ end }}"),
            "summary.md.sbn: the template writes more than 16,777,216 characters, the limit for a template's output");

    [Fact]
    public void Output_just_under_the_limit_is_not_cut()
    {
        var renderer = new TemplateEvaluator(TemplateLoader.FromDirectory(WriteTemplate("{{ for i in 1..10 }}abcdefghij{{ end }}")), TemplateLimits.Default with { OutputLimit = 100 });
        Assert.Equal(string.Concat(Enumerable.Repeat("abcdefghij", 10)), renderer.Evaluate("t", Briefings.Seed, "x.txt").Markdown);
        var over = new TemplateEvaluator(TemplateLoader.FromDirectory(WriteTemplate("{{ for i in 1..10 }}abcdefghij{{ end }}!")), TemplateLimits.Default with { OutputLimit = 100 });
        Assert.Contains("the limit for a template's output", Assert.Throws<TemplateException>(() => over.Evaluate("t", Briefings.Seed, "x.txt")).Message, StringComparison.Ordinal);
    }

    private string WriteTemplate(string text)
    {
        var dir = Path.Combine(_dir, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "t.md.sbn"), text);
        return dir;
    }

    public static TheoryData<string, string> Nested => new()
    {
        { new string('*', 50_000) + "x" + new string('*', 50_000), "emphasis (*, _, ~) nests" },
        { string.Concat(Enumerable.Repeat("*a ", 50_000)), "emphasis (*, _, ~) nests" },
        { string.Concat(Enumerable.Range(0, 120).Select(i => new string(' ', i * 2) + "- a\n")), "lists and quotes nest" },
        { string.Concat(Enumerable.Repeat("- ", 3000)) + "a", "lists and quotes nest" },
        { new string('>', 100_000) + " a", "lists and quotes nest" },
        { new string('[', 50_000) + "a", "links ([) nest" },
    };

    [Theory]
    [MemberData(nameof(Nested))]
    public void Deep_nesting_fails_in_one_line_before_it_is_parsed(string markdown, string expected)
    {
        var e = Assert.Throws<TemplateException>(() => BriefingMarkdown.Parse("# t\n\n" + markdown + "\n", "t.md.sbn"));
        Assert.Matches(@"^t\.md\.sbn: the Markdown it writes, line [0-9]+: ", e.Message);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Deep_nesting_written_by_a_template_fails_the_report_with_one_line() =>
        AssertOneLine(Build("# t\n\n{{ for i in 1..50000 }}*{{ end }}x{{ for i in 1..50000 }}*{{ end }}\n"), "emphasis (*, _, ~) nests more than 256 deep; the limit is 64");

    [Theory]
    [InlineData("- **一是**：加强。\n- **二是**：推进。\n")]
    [InlineData("a*b*c, **标题**：正文，`[[[[` 与 \\[ 不计\n")]
    [InlineData("```\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n```\n")]
    public void Ordinary_markdown_passes(string markdown) =>
        BriefingMarkdown.Parse(string.Concat(Enumerable.Repeat(markdown, 200)), "t.md.sbn");

    [Fact]
    public void Every_corpus_report_renders_through_the_check()
    {
        foreach (var text in Directory.GetFiles(TestPaths.TestFile("corpus", "texts"), "*.txt"))
        {
            var briefing = Pipelines.Extract(text);
            foreach (var template in new[] { "summary", "handout" })
            {
                _ = DocumentBuilder.BuiltIn.Build(briefing, template, Path.GetFileName(text));
            }
        }
    }
}
