using System.Xml;
using EcoBrief.Document;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;
using EcoBrief.Writers.Html;
using EcoBrief.Writers;

namespace EcoBrief.Tests.Writers.Html;

public sealed class HtmlWriterTests
{
    private static XmlDocument Load(string html)
    {
        var doc = new XmlDocument();
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        doc.Load(reader);
        return doc;
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("handout")]
    public void Html_is_well_formed_and_holds_every_title(string template)
    {
        var html = HtmlWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, template, "seed.txt"));
        var doc = Load(html);
        Assert.Equal("zh-CN", doc.DocumentElement!.GetAttribute("lang"));
        var text = doc.DocumentElement.InnerText;
        var b = Briefings.Seed;
        foreach (var item in b.Achievements.Concat(b.Challenges).Concat(b.Tasks))
        {
            Assert.Contains(item.Title, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_is_self_contained()
    {
        var html = HtmlWriter.Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "seed.txt"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"key-figures\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_verb_writes_html_to_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ecobrief-{Guid.NewGuid():N}.html");
        try
        {
            var (exit, stdout, _) = CliRunner.Run("render", TestPaths.Seed, "--template", "handout", "--format", "html", "-o", path);
            Assert.Equal(0, exit);
            Assert.Empty(stdout);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
