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
        var context = new MarkdownParserContext();
        context.Properties[Key] = new Written(markdown, blocks);
        return context;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<CustomContainerExtension>())
        {
            pipeline.Extensions.Add(new CustomContainerExtension());
        }

        if (!pipeline.Extensions.Contains<PipeTableExtension>())
        {
            pipeline.Extensions.Add(new PipeTableExtension());
        }

        // A container closes with its parse's context at hand: it keeps what the template wrote. (The
        // container extension, set up later when this one added it, finds its parser already there.)
        var parser = pipeline.BlockParsers.Find<CustomContainerParser>();
        if (parser is null)
        {
            parser = new CustomContainerParser();
            pipeline.BlockParsers.Insert(0, parser);
        }

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

    private static void Remember(BlockProcessor processor, Block block)
    {
        if (block is CustomContainer { Info: Info } && processor.Context?.Properties.TryGetValue(Key, out var written) == true)
        {
            block.SetData(Key, written);
        }
    }

    private static void Convert(MarkdownDocument document)
    {
        var used = new HashSet<KeyFiguresMarkup>(ReferenceEqualityComparer.Instance);
        foreach (var container in document.Descendants<CustomContainer>().Where(c => c.Info == Info).ToList())
        {
            if (container.GetData(Key) is not Written written || written.Find(container, used) is not { } markup)
            {
                continue;
            }

            var block = new KeyFiguresBlock(null, markup.Entries) { Line = container.Line, Column = container.Column, Span = container.Span };
            while (container.Count > 0)
            {
                var child = container[0];
                container.RemoveAt(0);
                block.Add(child);
            }

            var parent = container.Parent!;
            parent[parent.IndexOf(container)] = block;
        }
    }

    /// <summary>The Markdown a parse reads and the key-figures blocks its template wrote into it.</summary>
    private sealed record Written(string Markdown, IReadOnlyList<KeyFiguresMarkup> Blocks)
    {
        /// <summary>The first block not yet taken whose text is the container's.</summary>
        public KeyFiguresMarkup? Find(CustomContainer container, HashSet<KeyFiguresMarkup> used)
        {
            var span = container.Span;
            if (span.Start < 0 || span.End >= Markdown.Length || span.End < span.Start)
            {
                return null;
            }

            var text = Markdown.AsSpan(span.Start, span.Length).TrimEnd();
            foreach (var block in Blocks)
            {
                if (!used.Contains(block) && text.SequenceEqual(block.Markdown.AsSpan().TrimEnd()))
                {
                    used.Add(block);
                    return block;
                }
            }

            return null;
        }
    }
}
