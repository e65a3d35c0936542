using DocumentFormat.OpenXml;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Pipe tables, columns in proportion to their longest text.</summary>
internal sealed class TableRenderer : IDocxBlockRenderer
{
    public bool CanRender(Block block) => block is Markdig.Extensions.Tables.Table;

    public IEnumerable<OpenXmlElement> Render(Block block, DocxRenderContext context)
    {
        var table = (Markdig.Extensions.Tables.Table)block;
        var columns = Math.Max(1, table.ColumnDefinitions.Count);
        var rows = table.OfType<TableRow>().ToList();
        var longest = new double[columns];
        var cells = new List<IReadOnlyList<List<OpenXmlElement>>>();
        foreach (var row in rows)
        {
            var rowCells = new List<List<OpenXmlElement>>();
            for (var c = 0; c < columns; c++)
            {
                var cell = c < row.Count ? (TableCell)row[c] : null;
                var paragraph = cell?.OfType<ParagraphBlock>().FirstOrDefault();
                rowCells.Add(paragraph is null ? [] : InlineRuns.Runs(paragraph.Inline, context));
                var text = cell is null ? string.Empty : string.Concat(cell.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
                longest[c] = Math.Max(longest[c], Math.Clamp(EcoBrief.Chinese.DisplayWidth.Of(text), 6, 60));
            }

            cells.Add(rowCells);
        }

        var total = longest.Sum();
        var widths = longest.Select(l => Math.Max(5, (int)Math.Round(l * 100 / total))).ToArray();
        return [DocxTables.Build(cells, widths, rows.Count > 0 && rows[0].IsHeader)];
    }
}
