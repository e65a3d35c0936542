using DocumentFormat.OpenXml;
using EcoBrief.Document.Conventions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Pipe tables, columns in proportion to their longest text.</summary>
internal sealed class TableRenderer : DocxNodeRenderer<Markdig.Extensions.Tables.Table>
{
    protected override IEnumerable<OpenXmlElement> Render(Markdig.Extensions.Tables.Table table, DocxRenderContext context)
    {
        var columns = TableColumns.Count(table);
        var rows = table.OfType<TableRow>().ToList();
        var cells = new List<IReadOnlyList<List<OpenXmlElement>>>();
        foreach (var row in rows)
        {
            var rowCells = new List<List<OpenXmlElement>>();
            for (var c = 0; c < columns; c++)
            {
                var paragraph = c < row.Count ? ((TableCell)row[c]).OfType<ParagraphBlock>().FirstOrDefault() : null;
                rowCells.Add(paragraph is null ? [] : InlineRuns.Runs(paragraph.Inline, context));
            }

            cells.Add(rowCells);
        }

        var widths = TableColumns.Percentages(TableColumns.Shares(table));
        return [DocxTables.Build(cells, widths, rows.Count > 0 && rows[0].IsHeader)];
    }
}
