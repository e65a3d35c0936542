using EcoBrief.Cli;
using EcoBrief.Publishing;

namespace EcoBrief.Tests.Publishing;

/// <summary>How <c>--formats</c> names the files of templates × writers.</summary>
public sealed class OutputSetTests
{
    private static readonly WriterRegistry Writers = OutputFormats.Registry();

    private static readonly string[] BuiltIn = ["summary", "handout"];

    private static IReadOnlyList<string> Files(string formats, params string[] templates)
    {
        var set = OutputSet.Parse(formats, templates.Length == 0 ? BuiltIn : templates, Writers, "briefing.json", out var unknown);
        Assert.Empty(unknown);
        return set.FileNames;
    }

    [Fact]
    public void The_default_is_the_summary_pdf_the_handout_docx_and_the_json()
    {
        Assert.Equal(["briefing.json", "summary.pdf", "handout.docx"], Files(OutputFormats.Default));
    }

    [Fact]
    public void All_is_every_template_through_every_writer_in_build_order()
    {
        Assert.Equal(
            ["briefing.json", "summary.pdf", "summary.docx", "summary.md", "summary.html", "summary.txt", "handout.pdf", "handout.docx", "handout.md", "handout.html", "handout.txt"],
            Files("all"));
    }

    [Theory]
    [InlineData("md", new[] { "summary.md", "handout.md" })]
    [InlineData("txt", new[] { "summary.txt", "handout.txt" })]
    [InlineData("summary.txt", new[] { "summary.txt" })]
    [InlineData("handout.pdf,json", new[] { "briefing.json", "handout.pdf" })]
    public void A_kind_names_every_template_s_file_of_its_format_and_a_file_name_that_file(string formats, string[] expected)
    {
        Assert.Equal(expected, Files(formats));
    }

    [Fact]
    public void A_template_of_another_name_is_built_by_the_default_kinds_in_pdf_and_docx()
    {
        Assert.Equal(["briefing.json", "summary.pdf", "handout.docx", "brief.pdf", "brief.docx"], Files(OutputFormats.Default, "summary", "handout", "brief"));
        Assert.Equal(["brief.md"], Files("brief.md", "summary", "handout", "brief"));
    }

    [Fact]
    public void Words_that_name_no_format_and_no_file_are_unknown()
    {
        var set = OutputSet.Parse("pdf,xls,brief.pdf,summary.exe", BuiltIn, Writers, "briefing.json", out var unknown);
        Assert.Equal(["xls", "brief.pdf", "summary.exe"], unknown);
        Assert.Equal(["summary.pdf"], set.FileNames);
    }

    [Fact]
    public void A_comparison_has_one_template_and_its_own_data_file()
    {
        var set = OutputSet.Parse(OutputFormats.Default, ["compare"], Writers, "compare.json", out _);
        Assert.Equal(["compare.json", "compare.pdf", "compare.docx"], set.FileNames);
    }
}
