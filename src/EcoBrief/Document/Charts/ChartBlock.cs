using Markdig.Parsers;
using Markdig.Syntax;

namespace EcoBrief.Document.Charts;

/// <summary>
/// A chart a template placed (<c>bar_chart</c>), carrying the model's values (<see cref="BarChart"/>) for
/// writers to draw — the layout engine on the PDF page, bars of shaded paragraphs in Word, SVG in HTML.
/// In Markdown it is a <c>::: chart</c> fence around a pipe table of the same values: the fallback of a
/// writer that does not know the block, never read back.
/// </summary>
public sealed class ChartBlock : ContainerBlock
{
    public ChartBlock(BlockParser? parser, BarChart chart)
        : base(parser)
    {
        Chart = chart;
    }

    public BarChart Chart { get; }
}
