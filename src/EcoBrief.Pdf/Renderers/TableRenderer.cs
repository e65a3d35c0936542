using EcoBrief.Document.Conventions;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>Pipe tables with a shaded header row that repeats on every page; compact on a one-page document.</summary>
public sealed class TableRenderer : PdfNodeRenderer<Markdig.Extensions.Tables.Table>
{
    protected override Element? Render(Markdig.Extensions.Tables.Table table, PdfRenderContext context)
    {
        var styles = context.Styles;
        // A one-page document's tables are compact: the page is for reading at a glance.
        var compact = styles.Settings.OnePage;
        var s = styles.BodySize * (compact ? 0.85f : 0.9f);
        var (padX, padY, spacing) = compact ? (s * 0.35f, s * 0.12f, 1.3f) : (s * 0.4f, s * 0.25f, 1.4f);
        var columns = TableColumns.Count(table);
        var shares = TableColumns.Shares(table);

        Row MakeRow(TableRow row, bool header) => new(
            [.. Enumerable.Range(0, columns).Select(i =>
            {
                var cell = i < row.Count ? (TableCell)row[i] : null;
                var paragraph = cell?.OfType<ParagraphBlock>().FirstOrDefault();
                var style = header ? styles.Strong with { Size = s } : styles.Body with { Size = s };
                var text = context.Text(paragraph is null ? [new TextSpan(string.Empty, style)] : InlineText.Spans(paragraph.Inline, context, style), TextAlignment.Left, lineSpacing: spacing);
                return RowItem.Relative(new Box(new Padding(text, padX, padY, padX, padY), header ? PdfStyles.TableHeader : null, PdfStyles.TableBorder, 0.5f), shares[i]);
            })]);

        var rows = table.OfType<TableRow>().ToList();
        var headerRow = rows.FirstOrDefault(r => r.IsHeader);
        var body = rows.Where(r => !r.IsHeader).Select(r => MakeRow(r, false)).ToList();
        return new Padding(new EcoBrief.Layout.Elements.Table(headerRow is null ? null : () => MakeRow(headerRow, true), body), 0, s * 0.2f, 0, s * 0.2f);
    }
}
