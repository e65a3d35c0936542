using DocumentFormat.OpenXml;
using EcoBrief.Document.KeyFigures;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Key figures as a table 指标 | 数值 | 变化 with a repeated header row.</summary>
internal sealed class KeyFiguresRenderer : DocxNodeRenderer<KeyFiguresBlock>
{
    protected override IEnumerable<OpenXmlElement> Render(KeyFiguresBlock figures, DocxRenderContext context)
    {
        var rows = new List<IReadOnlyList<List<OpenXmlElement>>> { Row("指标", "数值", "变化") };
        rows.AddRange(figures.Entries.Select(e => Row(e.Label, e.Value, e.Change)));
        return [DocxTables.Build(rows, [50, 20, 30], hasHeader: true)];
    }

    private static List<List<OpenXmlElement>> Row(params string[] cells) => [.. cells.Select(c => new List<OpenXmlElement> { InlineRuns.TextRun(c, null) })];
}
