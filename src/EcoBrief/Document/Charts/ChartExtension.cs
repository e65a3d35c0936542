using EcoBrief.Templating;
using EcoBrief.Writers.Charts;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace EcoBrief.Document.Charts;

/// <summary>
/// The chart block, after the key-figures block's pattern (<see cref="KeyFigures.KeyFiguresExtension"/>): a
/// <c>::: chart</c> container a template's <c>bar_chart</c> wrote becomes a <see cref="ChartBlock"/>
/// carrying the chart that call recorded, matched by its exact text; a container typed by hand stays a
/// container. Registers the HTML renderer (inline SVG).
/// </summary>
public sealed class ChartExtension : IMarkdownExtension
{
    public const string Info = ChartFunction.Info;

    private static readonly object Key = typeof(ChartExtension);

    /// <summary>Gives a parse of <paramref name="markdown"/> the charts its template wrote (into the context <see cref="KeyFigures.KeyFiguresExtension.Provide"/> made).</summary>
    public static MarkdownParserContext Provide(MarkdownParserContext context, string markdown, IReadOnlyList<ChartMarkup> charts)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Properties[Key] = new Written(markdown, charts);
        return context;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<CustomContainerExtension>())
        {
            pipeline.Extensions.Add(new CustomContainerExtension());
        }

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
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlChartRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlChartRenderer());
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
        var used = new HashSet<ChartMarkup>(ReferenceEqualityComparer.Instance);
        foreach (var container in document.Descendants<CustomContainer>().Where(c => c.Info == Info).ToList())
        {
            if (container.GetData(Key) is not Written written || written.Find(container, used) is not { } markup)
            {
                continue;
            }

            var block = new ChartBlock(null, markup.Chart) { Line = container.Line, Column = container.Column, Span = container.Span };
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

    private sealed record Written(string Markdown, IReadOnlyList<ChartMarkup> Charts)
    {
        public ChartMarkup? Find(CustomContainer container, HashSet<ChartMarkup> used)
        {
            var span = container.Span;
            if (span.Start < 0 || span.End >= Markdown.Length || span.End < span.Start)
            {
                return null;
            }

            var text = Markdown.AsSpan(span.Start, span.Length).TrimEnd();
            foreach (var chart in Charts)
            {
                if (!used.Contains(chart) && text.SequenceEqual(chart.Markdown.AsSpan().TrimEnd()))
                {
                    used.Add(chart);
                    return chart;
                }
            }

            return null;
        }
    }
}

/// <summary>A chart in HTML: its title and the chart as inline SVG (<see cref="SvgBarChart"/>).</summary>
public sealed class HtmlChartRenderer : HtmlObjectRenderer<ChartBlock>
{
    protected override void Write(HtmlRenderer renderer, ChartBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<figure class=\"chart\"><figcaption>").WriteEscape(block.Chart.Title).WriteLine("</figcaption>");
        renderer.Write(SvgBarChart.Render(block.Chart));
        if (block.Chart.Note is { } note)
        {
            renderer.Write("<p class=\"note\">").WriteEscape(note).WriteLine("</p>");
        }

        renderer.WriteLine("</figure>");
    }
}
