using DocumentFormat.OpenXml;
using EcoBrief.Document.KeyFigures;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Key figures as a table 指标 | 数值 | 变化 with a repeated header row: a row an entry (<see cref="KeyFigureRow"/>).</summary>
internal sealed class KeyFiguresRenderer : DocxNodeRenderer<KeyFiguresBlock>
{
    private static readonly string[] Header = ["指标", "数值", "变化"];

    /// <summary>The table's rows, each made from an entry's typed values.</summary>
    public static IReadOnlyList<KeyFigureRow> Rows(KeyFiguresBlock figures) => [.. figures.Entries.Select(e => new KeyFigureRow(e))];

    protected override IEnumerable<OpenXmlElement> Render(KeyFiguresBlock figures, DocxRenderContext context)
    {
        var rows = new List<IReadOnlyList<List<OpenXmlElement>>> { Row(Header) };
        rows.AddRange(Rows(figures).Select(r => Row(r.Cells)));
        return [DocxTables.Build(rows, [50, 20, 30], hasHeader: true)];
    }

    private static List<List<OpenXmlElement>> Row(IEnumerable<string> cells) => [.. cells.Select(c => new List<OpenXmlElement> { InlineRuns.TextRun(c, null) })];
}
