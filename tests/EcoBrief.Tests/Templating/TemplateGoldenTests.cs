using EcoBrief.Document;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Templating;

public sealed class TemplateGoldenTests
{
    [Theory]
    [InlineData("summary")]
    [InlineData("handout")]
    public void Seed_markdown_matches_its_golden_file(string template)
    {
        var document = DocumentBuilder.BuiltIn.Build(Briefings.Seed, template, "2024-mee-work-report.txt");
        Golden.AssertMatches(document.Markdown, "templating", $"2024-mee-work-report.{template}.md");
    }
}
