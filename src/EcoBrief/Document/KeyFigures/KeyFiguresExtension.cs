using EcoBrief.Document.Conventions;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace EcoBrief.Document.KeyFigures;

/// <summary>
/// Turns <c>::: key-figures</c> containers into <see cref="KeyFiguresBlock"/>s once a document is
/// parsed, reading the entries from the pipe table inside; registers the HTML renderer.
/// </summary>
public sealed class KeyFiguresExtension : IMarkdownExtension
{
    public const string Info = "key-figures";

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

    private static void Convert(MarkdownDocument document)
    {
        foreach (var container in document.Descendants<CustomContainer>().Where(c => c.Info == Info).ToList())
        {
            var block = new KeyFiguresBlock(null) { Line = container.Line, Column = container.Column, Span = container.Span };
            while (container.Count > 0)
            {
                var child = container[0];
                container.RemoveAt(0);
                block.Add(child);
            }

            foreach (var table in block.OfType<Table>())
            {
                foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
                {
                    var cells = row.OfType<TableCell>().Select(CellText).ToList();
                    if (cells.Count >= 2)
                    {
                        block.Entries.Add(new KeyFigureEntry(cells[0], cells[1], cells.Count > 2 ? cells[2] : string.Empty));
                    }
                }
            }

            var parent = container.Parent!;
            parent[parent.IndexOf(container)] = block;
        }
    }

    /// <summary>The literal text of a table cell.</summary>
    internal static string CellText(TableCell cell) =>
        PlainText.Of(cell).Trim();
}
