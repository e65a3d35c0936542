using EcoBrief.Document.KeyFigures;
using EcoBrief.Templating;
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
        .Use<Charts.ChartExtension>()
        .DisableHtml()
        .Build();

    /// <summary>Parses Markdown that no template wrote (tests, a user's file): a <c>::: key-figures</c> fence in it stays a container.</summary>
    public static BriefingDocument Parse(string markdown, string origin, string? presetOverride = null) =>
        Parse(new EvaluatedTemplate(markdown, []), origin, presetOverride);

    /// <summary>Parses what a template wrote; its key-figures blocks get the entries they stand for.</summary>
    public static BriefingDocument Parse(EvaluatedTemplate template, string origin, string? presetOverride = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        var markdown = template.Markdown;
        // Before Markdig: a stack overflow while parsing could not be caught.
        MarkdownNesting.Check(markdown, origin);
        var ast = Markdown.Parse(markdown, Pipeline, Charts.ChartExtension.Provide(KeyFiguresExtension.Provide(markdown, template.KeyFigures), markdown, template.Charts));
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
