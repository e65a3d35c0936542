using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EcoBrief.Docx.Renderers;

/// <summary>
/// Builds tables in the EcoBrief Table style, full width, with a header row that Word repeats on every
/// page. No row is split over two pages, and none is left alone at a page's head: a short table is kept
/// whole (each row's paragraphs keep with the next row, and the heading before it keeps with it), a long
/// one keeps its header with its first row and its last two rows together.
/// </summary>
internal static class DocxTables
{
    /// <summary>Tables of at most this many rows move to the next page whole rather than break.</summary>
    internal const int KeptWhole = 16;

    public static Table Build(IReadOnlyList<IReadOnlyList<List<OpenXmlElement>>> rows, int[] widthsPercent, bool hasHeader)
    {
        var grid = new TableGrid();
        foreach (var w in widthsPercent)
        {
            grid.Append(new GridColumn { Width = (w * 90).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.TableStyle },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = hasHeader, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            grid);

        for (var r = 0; r < rows.Count; r++)
        {
            var header = hasHeader && r == 0;
            var row = new TableRow();
            var trPr = new TableRowProperties(new CantSplit());
            if (header)
            {
                trPr.Append(new TableHeader());
            }

            row.Append(trPr);
            for (var c = 0; c < widthsPercent.Length; c++)
            {
                var content = c < rows[r].Count ? rows[r][c] : [];
                var properties = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText });
                if (KeepsWithNext(r, rows.Count, hasHeader))
                {
                    properties.Append(new KeepNext());
                }

                var p = new Paragraph(properties);
                p.Append(content);
                row.Append(new TableCell(
                    new TableCellProperties(new TableCellWidth { Width = (widthsPercent[c] * 50).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }),
                    p));
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>Whether row <paramref name="r"/> of <paramref name="count"/> keeps with the row after it.</summary>
    internal static bool KeepsWithNext(int r, int count, bool hasHeader) =>
        r < count - 1 && (count <= KeptWhole || r == count - 2 || (hasHeader && r == 0));
}
