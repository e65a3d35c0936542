using System.IO.Compression;
using System.Text;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Writers.Html;
using EcoBrief.Writers;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace EcoBrief.Tests.Document;

/// <summary><c>show_sources</c> is read: without it, no writer shows the footnotes that cite each item's place.</summary>
public sealed class ShowSourcesTests
{
    private static string Markdown(bool show) =>
        $"---\ntemplate: t\nshow_sources: {(show ? "true" : "false")}\n---\n\n# 标题\n\n## 任务\n\n### 第一项[^t1]\n\n正文。\n\n[^t1]: 第12行\n";

    private static string DocxText(BriefingDocument document)
    {
        using var zip = new ZipArchive(new MemoryStream(DocxWriter.Write(document)));
        var sb = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            sb.Append(reader.ReadToEnd());
        }

        return sb.ToString();
    }

    [Fact]
    public void With_show_sources_the_footnotes_are_in_the_ast_and_every_writer_shows_them()
    {
        var document = BriefingMarkdown.Parse(Markdown(show: true), "t.md.sbn");
        Assert.True(document.Settings.ShowSources);
        Assert.NotEmpty(document.Ast.Descendants<FootnoteGroup>());
        Assert.Contains("第12行", HtmlWriter.Write(document), StringComparison.Ordinal);
        Assert.Contains("第12行", DocxText(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_it_no_writer_shows_them_and_the_markdown_keeps_the_template_s_text()
    {
        var document = BriefingMarkdown.Parse(Markdown(show: false), "t.md.sbn");
        Assert.False(document.Settings.ShowSources);
        Assert.Empty(document.Ast.Descendants<FootnoteGroup>());
        Assert.Empty(document.Ast.Descendants<FootnoteLink>());
        var html = HtmlWriter.Write(document);
        Assert.DoesNotContain("第12行", html, StringComparison.Ordinal);
        Assert.Contains("第一项", html, StringComparison.Ordinal);
        Assert.DoesNotContain("第12行", DocxText(document), StringComparison.Ordinal);
        Assert.Contains("[^t1]: 第12行", document.Markdown, StringComparison.Ordinal);
        Assert.Empty(Docx.DocxWriterTests.Validate(DocxWriter.Write(document)));
    }
}
