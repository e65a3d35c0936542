using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Docx;
using EcoBrief.Document;
using EcoBrief.Document.KeyFigures;
using EcoBrief.Model;
using EcoBrief.Pdf;
using EcoBrief.Pdf.Renderers;
using EcoBrief.Pipeline;
using EcoBrief.Templating;
using Markdig.Syntax;
using SourceSpan = EcoBrief.Model.SourceSpan;
using UglyToad.PdfPig;

namespace EcoBrief.Tests.Document;

/// <summary>
/// A figure stays a figure to the page: the template places a key-figures block (<c>key_figures</c>)
/// and the block carries the model's typed entries — value, unit, qualifier, change, period, span — to
/// the PDF's cards and the Word table, never a table read back from strings.
/// </summary>
public sealed class KeyFiguresBlockTests : IDisposable
{
    private readonly string _templates = Directory.CreateTempSubdirectory("ecobrief-key-figures-").FullName;

    public void Dispose() => Directory.Delete(_templates, recursive: true);

    private static readonly KeyFigure Result = new("全国优良天数比率", 40m, "%", "40%以上", "同比上升1个百分点", "一、", new SourceSpan(120, 126, 7));
    private static readonly KeyFigure Other = new("新增就业", 1256m, "万人", "1256万人", null, "一、", new SourceSpan(140, 146, 8));
    private static readonly KeyTarget Target = new("国内生产总值增长", 5m, "%", "5%左右", "左右", new SourceSpan(300, 305, 21));

    private static readonly Briefing Briefing = new(new BriefingMeta("卡片", null, null, null, null, null), [], [], [], [], [Result, Other], []) { Targets = [Target] };

    /// <summary>A template that puts this year's targets first, then one of last year's results.</summary>
    private BriefingDocument Document(string body = "{{ key_figures targets }}\n\n{{ key_figures (top results 1) }}\n")
    {
        File.WriteAllText(Path.Combine(_templates, "cards.md.sbn"), "---\ntemplate: cards\n---\n\n# 卡片\n\n" + body);
        return new BuildPipeline(templates: new TemplateEvaluator(TemplateLoader.FromDirectory(_templates))).Document(Briefing, "cards", "x.txt");
    }

    [Fact]
    public void The_template_chooses_where_each_block_goes_and_which_figures_it_shows()
    {
        var blocks = Document().Ast.Descendants<KeyFiguresBlock>().ToList();

        Assert.Equal(2, blocks.Count);
        Assert.Equal([new KeyFigureEntry("国内生产总值增长", 5m, "%", "5%左右", "左右", null, FigurePeriod.Target, Target.Span)], blocks[0].Entries);
        Assert.Equal([new KeyFigureEntry("全国优良天数比率", 40m, "%", "40%以上", "以上", "同比上升1个百分点", FigurePeriod.Result, Result.Span)], blocks[1].Entries);
        // The pipe table stays the block's child, for writers that do not know the block.
        Assert.IsType<Markdig.Extensions.Tables.Table>(Assert.Single(blocks[0]));
    }

    [Fact]
    public void Value_unit_qualifier_and_span_reach_the_pdf_card_as_typed_values()
    {
        var document = Document();
        var context = new PdfRenderContext(new PdfStyles(document.Settings, 10.5f), FitOptions.Everything(10.5f));
        var cards = document.Ast.Descendants<KeyFiguresBlock>().SelectMany(b => KeyFiguresRenderer.Cards(b, context)).ToList();

        Assert.Equal([(5m, "%", "左右", Target.Span), (40m, "%", "以上", Result.Span)], cards.Select(c => (c.Entry.Value, c.Entry.Unit, c.Entry.Qualifier, c.Entry.Span)));
        using var pdf = PdfDocument.Open(PdfWriter.Write(document).Bytes);
        var text = pdf.GetPage(1).Text.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("5%左右", text, StringComparison.Ordinal);
        Assert.Contains("40%以上", text, StringComparison.Ordinal);
        Assert.Contains("同比上升1个百分点", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_unit_qualifier_and_span_reach_the_docx_table_as_typed_values()
    {
        var document = Document();
        var block = document.Ast.Descendants<KeyFiguresBlock>().First();
        var row = Assert.Single(EcoBrief.Docx.Renderers.KeyFiguresRenderer.Rows(block));
        Assert.Equal((5m, "%", "左右", Target.Span), (row.Entry.Value, row.Entry.Unit, row.Entry.Qualifier, row.Entry.Span));

        var table = Assert.IsType<Table>(Assert.Single(new DocxRenderContext(document.Settings).Render(block)));
        var cells = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal([["指标", "数值", "变化"], [.. row.Cells]], cells);
        // A target stays what it is (its growth is the target, not a change); no cell is left empty.
        Assert.Equal(["国内生产总值增长", "5%左右", "—"], row.Cells);
    }

    [Fact]
    public void Key_figures_takes_only_the_briefing_s_figures_and_targets()
    {
        var e = Assert.Throws<TemplateException>(() => Document("{{ key_figures [1, 2] }}\n"));
        Assert.Contains("cards.md.sbn(", e.Message, StringComparison.Ordinal);
        Assert.Contains("key_figures takes a list of the briefing's figures or targets", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entry_behind_a_figure_is_out_of_the_template_s_reach()
    {
        Assert.Throws<TemplateException>(() => Document("{{ results[0].entry }}\n"));
        Assert.Contains("40%以上", Document("{{ results[0].text }}\n").Markdown, StringComparison.Ordinal);
    }
}
