using System.Text;
using System.Xml.Linq;
using Markdig.Syntax;
using EcoBrief.Comparison;
using EcoBrief.Document;
using EcoBrief.Document.Charts;
using EcoBrief.Docx;
using EcoBrief.Model;
using EcoBrief.Pdf;
using EcoBrief.Publishing;
using EcoBrief.Templating;
using EcoBrief.Tests.Docx;
using EcoBrief.Tests.Support;
using EcoBrief.Writers.Charts;
using UglyToad.PdfPig;

namespace EcoBrief.Tests.Document;

/// <summary>The handout's chart of last year's results against the targets (issue 21): one model, drawn by the layout engine, as Word bars and as SVG.</summary>
public sealed class ChartBlockTests
{
    private static readonly EcoBrief.Model.SourceSpan Span = new(0, 1, 1);

    private static Briefing WithTargets()
    {
        KeyFigure F(string label, decimal v, string text) => new(label, v, "%", text, null, "一、", Span);
        KeyTarget T(string label, decimal v, string text, string? q) => new(label, v, "%", text, q, Span);
        return Briefings.Seed with
        {
            Figures = [F("地区生产总值增长", 5.5m, "5.5%"), F("一般公共预算收入增长", 2.9m, "2.9%"), F("进出口总额增长", 17.3m, "17.3%")],
            Targets = [T("地区生产总值增长", 5m, "5%—5.5%", null), T("一般公共预算收入增长", 2m, "2%左右", "左右"), T("进出口总额增长", 6m, "6%左右", "左右"), T("居民消费价格涨幅", 2m, "2%左右", "左右")],
        };
    }

    [Fact]
    public void The_chart_sets_last_years_results_beside_this_years_targets_in_the_lexicons_order()
    {
        var chart = TargetChart.Of(TargetTable.Of(WithTargets()), previous: false);
        Assert.Equal(["上年实绩", "今年目标"], chart.Series);
        // CPI has no result to stand beside: it is not drawn.
        Assert.Equal(["地区生产总值增长", "一般公共预算收入增长", "进出口总额增长"], chart.Groups.Select(g => g.Label));
        Assert.Equal([("5.5%", "5%—5.5%"), ("2.9%", "2%左右"), ("17.3%", "6%左右")], chart.Groups.Select(g => (g.Bars[0]!.Text, g.Bars[1]!.Text)));
        Assert.Equal(17.3m, chart.Max);
    }

    [Fact]
    public void The_handout_places_the_chart_as_a_block_with_a_table_for_readers_that_do_not_draw_it()
    {
        var document = DocumentBuilder.BuiltIn.Build(WithTargets(), "handout", "x.txt");
        var block = Assert.Single(MarkdownObjectExtensions.Descendants<ChartBlock>(document.Ast));
        Assert.Equal(3, block.Chart.Groups.Count);
        Assert.Contains("::: chart\n**上年实绩与今年目标（%）**", document.Markdown, StringComparison.Ordinal);
        Assert.Contains("| 进出口总额增长 | 17.3% | 6%左右 |", document.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_draws_its_bars_with_the_layout_engine_and_the_values_as_written()
    {
        var document = DocumentBuilder.BuiltIn.Build(WithTargets(), "handout", "x.txt");
        var pdf = PdfWriter.Write(document);
        var page = pdf.Pages.Select(p => p.Content).First(c => c.Runs.Any(r => r.Text.Contains("上年实绩与今年目标", StringComparison.Ordinal)));
        var green = page.Commands.OfType<EcoBrief.Layout.Drawing.FillCommand>().Where(f => f.Color == EcoBrief.Pdf.Renderers.ChartRenderer.Colours[0]).ToList();
        Assert.Equal(4, green.Count); // a legend swatch and a bar a result
        var bars = green.OrderByDescending(f => f.Width).ToList();
        // 17.3% against 2.9%: the widest bar about six times the narrowest result's.
        Assert.InRange(bars[0].Width / bars[2].Width, 5.5f, 6.5f);
        using var read = PdfDocument.Open(pdf.Bytes);
        var text = string.Concat(Enumerable.Range(1, read.NumberOfPages).Select(i => read.GetPage(i).Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("5%—5.5%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_gets_bars_of_shaded_paragraphs_narrowed_to_their_share()
    {
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var docx = DocxWriter.Write(DocumentBuilder.BuiltIn.Build(WithTargets(), "handout", "x.txt"));
        Assert.Empty(DocxWriterTests.Validate(docx));
        var shaded = DocxWriterTests.Part(docx, "word/document.xml").Descendants(w + "p")
            .Where(p => p.Element(w + "pPr")?.Element(w + "shd")?.Attribute(w + "fill")?.Value is "2E7D4F").ToList();
        Assert.Equal(3, shaded.Count);
        var indents = shaded.Select(p => int.Parse(p.Element(w + "pPr")!.Element(w + "ind")!.Attribute(w + "right")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(0, indents[2]); // 17.3%: the largest takes the whole room
        Assert.True(indents[1] > indents[0], "2.9% is narrower than 5.5%");
    }

    [Fact]
    public void Html_gets_the_chart_as_inline_svg_and_the_same_chart_gives_the_same_bytes()
    {
        var document = DocumentBuilder.BuiltIn.Build(WithTargets(), "handout", "x.txt");
        using var stream = new MemoryStream();
        new EcoBrief.Writers.Html.HtmlFormatWriter().Write(document, stream);
        var html = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("<figure class=\"chart\"><figcaption>上年实绩与今年目标（%）</figcaption>", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html, StringComparison.Ordinal);
        var chart = Assert.Single(MarkdownObjectExtensions.Descendants<ChartBlock>(document.Ast)).Chart;
        Assert.Equal(SvgBarChart.Render(chart), SvgBarChart.Render(chart with { }));
    }
}
