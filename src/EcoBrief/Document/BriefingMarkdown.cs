using EcoBrief.Document.KeyFigures;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace EcoBrief.Document;

/// <summary>Parses the Markdown a template wrote into the one AST the writers share.</summary>
public static class BriefingMarkdown
{
    /// <summary>
    /// YAML front matter, pipe tables, footnotes and the key-figures block. Raw HTML is off: the
    /// Markdown is generated, and whatever looks like a tag in it is text.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseCustomContainers()
        .Use<KeyFiguresExtension>()
        .DisableHtml()
        .Build();

    public static BriefingDocument Parse(string markdown, string origin, string? presetOverride = null)
    {
        // Before Markdig: a stack overflow while parsing could not be caught.
        MarkdownNesting.Check(markdown, origin);
        var ast = Markdown.Parse(markdown, Pipeline);
        var front = ast.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        // A front matter block with no lines at all has no line array either (found by fuzzing).
        var yaml = front is null || front.Lines.Count == 0 ? string.Empty : string.Join('\n', front.Lines.Lines.Take(front.Lines.Count).Select(l => l.ToString()));
        var settings = FrontMatterReader.Read(yaml, origin, presetOverride);
        if (!settings.ShowSources)
        {
            DropFootnotes(ast);
        }

        BriefingNodes.Mark(ast);

        return new BriefingDocument(ast, settings, markdown);
    }

    /// <summary>
    /// <c>show_sources: false</c>: the footnotes (each item's place in the report) are taken out of the
    /// AST, so no writer that reads it shows them; the Markdown file keeps the template's own text.
    /// </summary>
    private static void DropFootnotes(MarkdownDocument ast)
    {
        foreach (var link in ast.Descendants<FootnoteLink>().ToList())
        {
            link.Remove();
        }

        foreach (var group in ast.Descendants<FootnoteGroup>().ToList())
        {
            group.Parent?.Remove(group);
        }
    }
}
