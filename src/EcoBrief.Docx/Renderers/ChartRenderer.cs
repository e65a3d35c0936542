using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document.Charts;

namespace EcoBrief.Docx.Renderers;

/// <summary>
/// A chart in Word without a chart part: a borderless table, a row a bar — the group's label on its first
/// row, the bar a paragraph shaded in its series' colour and narrowed by a right indent to its value's
/// share of the largest, the value as written beside it — then a legend and the note. Word and
/// LibreOffice draw it as they draw any table, it stays editable, and its rows keep together.
/// </summary>
internal sealed class ChartRenderer : DocxNodeRenderer<ChartBlock>
{
    /// <summary>The series' colours, as the PDF's and the SVG's.</summary>
    private static readonly string[] Colours = ["2E7D4F", "7F97B2", "C98B2B"];

    private static readonly int[] Widths = [30, 52, 18];

    protected override IEnumerable<OpenXmlElement> Render(ChartBlock block, DocxRenderContext context)
    {
        var chart = block.Chart;
        var s = context.Settings;
        var (w, _) = s.PaperSize;
        var textTwips = Units.TwipsFromMillimetres(w - s.Margins.Left - s.Margins.Right);
        var barTwips = textTwips * Widths[1] / 100;

        var elements = new List<OpenXmlElement>
        {
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Caption }, new KeepNext()), new Run(new RunProperties(new Bold()), new Text(chart.Title))),
        };
        if (chart.Series.Count > 1)
        {
            var legend = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Caption }, new KeepNext()));
            for (var i = 0; i < chart.Series.Count; i++)
            {
                legend.Append(
                    new Run(new RunProperties(new Color { Val = Colours[i % Colours.Length] }), new Text(i == 0 ? "■ " : "　■ ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new Text(chart.Series[i])));
            }

            elements.Add(legend);
        }

        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        var grid = new TableGrid();
        foreach (var pct in Widths)
        {
            grid.Append(new GridColumn { Width = (textTwips * pct / 100).ToString(CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        var rows = chart.Groups.Sum(g => g.Bars.Count);
        var n = 0;
        foreach (var group in chart.Groups)
        {
            for (var i = 0; i < group.Bars.Count; i++, n++)
            {
                var bar = group.Bars[i];
                var share = bar is null ? 0 : chart.Share(bar.Value);
                var barParagraph = Cell(string.Empty, keep: n < rows - 1);
                if (share > 0)
                {
                    var pPr = barParagraph.ParagraphProperties!;
                    pPr.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Colours[i % Colours.Length] });
                    pPr.Append(new Indentation { Left = "0", Right = ((int)Math.Round(barTwips * (1 - share))).ToString(CultureInfo.InvariantCulture), FirstLine = "0" });
                }

                var row = new TableRow(new TableRowProperties(new CantSplit()));
                row.Append(
                    TableCell(Cell(i == 0 ? group.Label : string.Empty, keep: n < rows - 1), Widths[0]),
                    TableCell(barParagraph, Widths[1]),
                    TableCell(Cell(bar?.Text ?? "—", keep: n < rows - 1), Widths[2]));
                table.Append(row);
            }
        }

        elements.Add(table);
        if (chart.Note is { } note)
        {
            elements.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Caption }), new Run(new Text(note))));
        }

        return elements;
    }

    private static Paragraph Cell(string text, bool keep)
    {
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText });
        if (keep)
        {
            pPr.Append(new KeepNext());
        }

        var p = new Paragraph(pPr);
        if (text.Length > 0)
        {
            p.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return p;
    }

    private static TableCell TableCell(Paragraph p, int pct) =>
        new(new TableCellProperties(new TableCellWidth { Width = (pct * 50).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }), p);
}
