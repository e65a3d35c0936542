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
        return TemplateContainers.Provide(context, Key, markdown, charts);
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var parser = TemplateContainers.Parser(pipeline);
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

    private static void Remember(BlockProcessor processor, Block block) => TemplateContainers.Remember(processor, block, Info, Key);

    private static void Convert(MarkdownDocument document) => TemplateContainers.Convert<ChartMarkup>(document, Info, Key, markup => new ChartBlock(null, markup.Chart));
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
