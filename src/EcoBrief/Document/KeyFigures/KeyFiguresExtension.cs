using EcoBrief.Templating;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace EcoBrief.Document.KeyFigures;

/// <summary>
/// The key-figures block (Markdig's extension pattern, as <c>Extensions/Alerts</c>): a
/// <c>::: key-figures</c> container that a template's <c>key_figures</c> wrote becomes a
/// <see cref="KeyFiguresBlock"/> carrying the entries that call recorded. The values come with the
/// parse (<see cref="Provide"/>: through Markdig's <see cref="MarkdownParserContext"/>), matched to
/// the container by its exact text; a container the template typed by hand stays a container, and
/// writers show its table. Registers the HTML renderer.
/// </summary>
public sealed class KeyFiguresExtension : IMarkdownExtension
{
    public const string Info = KeyFiguresFunction.Info;

    private static readonly object Key = typeof(KeyFiguresExtension);

    /// <summary>Gives a parse of <paramref name="markdown"/> the blocks its template wrote.</summary>
    public static MarkdownParserContext Provide(string markdown, IReadOnlyList<KeyFiguresMarkup> blocks)
    {
        return TemplateContainers.Provide(new MarkdownParserContext(), Key, markdown, blocks);
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<PipeTableExtension>())
        {
            pipeline.Extensions.Add(new PipeTableExtension());
        }

        var parser = TemplateContainers.Parser(pipeline);
        parser.Closed -= Remember;
        parser.Closed += Remember;
        pipeline.DocumentProcessed -= Convert;
        pipeline.DocumentProcessed += Convert;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlKeyFiguresRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlKeyFiguresRenderer());
        }
    }

    private static void Remember(BlockProcessor processor, Block block) => TemplateContainers.Remember(processor, block, Info, Key);

    private static void Convert(MarkdownDocument document) => TemplateContainers.Convert<KeyFiguresMarkup>(document, Info, Key, markup => new KeyFiguresBlock(null, markup.Entries));
}
