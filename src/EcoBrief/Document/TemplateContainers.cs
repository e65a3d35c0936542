using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace EcoBrief.Document;

/// <summary>
/// What a template function writes as a <c>::: info</c> container and records beside it (the key
/// figures, a chart): its exact Markdown, matched to the container the parse closes.
/// </summary>
public interface ITemplateContainerMarkup
{
    /// <summary>The container's Markdown, as the template wrote it.</summary>
    string Markdown { get; }
}

/// <summary>
/// The one pattern of the typed blocks a template writes (Markdig's extension pattern, as
/// <c>Extensions/Alerts</c>): the values come with the parse (through Markdig's
/// <see cref="MarkdownParserContext"/>); a <c>::: info</c> container closes with that context at hand and
/// keeps what the template wrote; once the document is parsed each container whose exact text a
/// template wrote becomes the typed block made from its record, and one typed by hand stays a container.
/// </summary>
internal static class TemplateContainers
{
    /// <summary>Gives a parse of <paramref name="markdown"/> the records its template wrote, under <paramref name="key"/>.</summary>
    public static MarkdownParserContext Provide<TMarkup>(MarkdownParserContext context, object key, string markdown, IReadOnlyList<TMarkup> written)
        where TMarkup : class, ITemplateContainerMarkup
    {
        context.Properties[key] = new Written<TMarkup>(markdown, written);
        return context;
    }

    /// <summary>The pipeline's container parser, added (with the container extension) when it has none.</summary>
    public static CustomContainerParser Parser(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<CustomContainerExtension>())
        {
            pipeline.Extensions.Add(new CustomContainerExtension());
        }

        // A container closes with its parse's context at hand: it keeps what the template wrote. (The
        // container extension, set up later when this one added it, finds its parser already there.)
        var parser = pipeline.BlockParsers.Find<CustomContainerParser>();
        if (parser is null)
        {
            parser = new CustomContainerParser();
            pipeline.BlockParsers.Insert(0, parser);
        }

        return parser;
    }

    /// <summary>A closed <c>::: info</c> container keeps the records its parse was given under <paramref name="key"/>.</summary>
    public static void Remember(BlockProcessor processor, Block block, string info, object key)
    {
        if (block is CustomContainer c && c.Info == info && processor.Context?.Properties.TryGetValue(key, out var written) == true)
        {
            block.SetData(key, written);
        }
    }

    /// <summary>Each <c>::: info</c> container whose exact text a template wrote becomes the block made from its record.</summary>
    public static void Convert<TMarkup>(MarkdownDocument document, string info, object key, Func<TMarkup, ContainerBlock> make)
        where TMarkup : class, ITemplateContainerMarkup
    {
        var used = new HashSet<TMarkup>(ReferenceEqualityComparer.Instance);
        foreach (var container in document.Descendants<CustomContainer>().Where(c => c.Info == info).ToList())
        {
            if (container.GetData(key) is not Written<TMarkup> written || written.Find(container, used) is not { } markup)
            {
                continue;
            }

            var block = make(markup);
            (block.Line, block.Column, block.Span) = (container.Line, container.Column, container.Span);
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

    /// <summary>The Markdown a parse reads and the records its template wrote into it.</summary>
    private sealed record Written<TMarkup>(string Markdown, IReadOnlyList<TMarkup> Records)
        where TMarkup : class, ITemplateContainerMarkup
    {
        /// <summary>The first record not yet taken whose text is the container's.</summary>
        public TMarkup? Find(CustomContainer container, HashSet<TMarkup> used)
        {
            var span = container.Span;
            if (span.Start < 0 || span.End >= Markdown.Length || span.End < span.Start)
            {
                return null;
            }

            var text = Markdown.AsSpan(span.Start, span.Length).TrimEnd();
            foreach (var record in Records)
            {
                if (!used.Contains(record) && text.SequenceEqual(record.Markdown.AsSpan().TrimEnd()))
                {
                    used.Add(record);
                    return record;
                }
            }

            return null;
        }
    }
}
