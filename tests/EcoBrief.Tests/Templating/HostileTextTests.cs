using EcoBrief.Document;
using EcoBrief.Document.KeyFigures;
using EcoBrief.Publishing;
using EcoBrief.Templating;
using EcoBrief.Tests.Support;
using EcoBrief.Writers.Html;
using EcoBrief.Writers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EcoBrief.Tests.Templating;

/// <summary>Report text is data, never markup: hostile strings cannot change the document's structure.</summary>
public sealed class HostileTextTests
{
    [Theory]
    [InlineData("summary")]
    [InlineData("handout")]
    public void Hostile_strings_do_not_change_the_structure(string template)
    {
        var briefing = Briefings.Hostile();
        var d = DocumentBuilder.BuiltIn.Build(briefing, template, "x.txt");

        // Exactly the headings the template writes, the title intact as text.
        var h1 = Assert.Single(d.Ast.Descendants<HeadingBlock>(), h => h.Level == 1);
        Assert.Equal("# 标题 *星号*", string.Concat(h1.Inline!.FindDescendants<LiteralInline>().Select(l => l.Content.ToString())));
        Assert.All(d.Ast.Descendants<HeadingBlock>().Where(h => h.Level == 2), h => Assert.DoesNotContain("不是", h.Inline!.FirstChild!.ToString()!, StringComparison.Ordinal));

        // No links, images, code, HTML or quotes came from the text.
        // The only links are the template's own footnote references ([^a1]).
        Assert.All(d.Ast.Descendants<LinkInline>(), l => Assert.StartsWith("^", l.Label ?? string.Empty, StringComparison.Ordinal));
        Assert.Empty(d.Ast.Descendants<CodeInline>());
        Assert.Empty(d.Ast.Descendants<HtmlInline>());
        Assert.Empty(d.Ast.Descendants<HtmlBlock>());
        Assert.Empty(d.Ast.Descendants<QuoteBlock>());
        Assert.Single(d.Ast.Descendants<KeyFiguresBlock>());

        // Every table keeps its columns.
        foreach (var table in d.Ast.Descendants<Table>())
        {
            Assert.All(table.OfType<TableRow>(), row => Assert.Equal(table.ColumnDefinitions.Count, row.Count));
        }
    }

    [Fact]
    public void Hostile_strings_reach_html_as_escaped_text()
    {
        var html = HtmlWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Hostile(), "handout", "x.txt"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"http://example.com\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1. 列表", "1\\. 列表")]
    [InlineData("12) 列表", "12\\) 列表")]
    [InlineData("85.5%的比例", "85.5%的比例")]
    [InlineData("- 项目", "\\- 项目")]
    [InlineData("a*b_c", "a\\*b\\_c")]
    [InlineData("行一\n行二", "行一 行二")]
    [InlineData("PM2.5 与 COP28", "PM2.5 与 COP28")]
    public void Escaping_touches_only_what_markdown_would_read(string input, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.Escape(input));
}
