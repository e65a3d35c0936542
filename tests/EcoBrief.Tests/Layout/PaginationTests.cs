using EcoBrief.Layout;
using EcoBrief.Layout.Drawing;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Paging;
using EcoBrief.Layout.Text;

namespace EcoBrief.Tests.Layout;

public sealed class PaginationTests
{
    private static readonly PageSetup Small = new(300, 200, 20, 20, 20, 20);

    private static string PageText(LaidOutPage page) => string.Concat(page.Content.Runs.Select(r => r.Text));

    [Fact]
    public void Content_flows_over_pages_and_every_character_is_drawn_once()
    {
        var paragraphs = Enumerable.Range(0, 6).Select(_ => (Element)LayoutFixtures.Text(LayoutFixtures.Paragraph)).ToList();
        var pages = Paginator.Paginate(new Column(paragraphs, 4), Small);
        Assert.True(pages.Count > 3);
        var all = string.Concat(pages.Select(PageText));
        Assert.Equal(string.Concat(Enumerable.Repeat(LayoutFixtures.Paragraph, 6)), all);
        Assert.All(pages.SelectMany(p => p.Content.Runs), r => Assert.All(r.Y, y => Assert.InRange(y, 20, 180.01f)));
    }

    [Fact]
    public void Measure_is_pure()
    {
        var text = LayoutFixtures.Text(LayoutFixtures.Paragraph);
        var first = text.Measure(new Size(200, 60));
        var second = text.Measure(new Size(200, 60));
        Assert.Equal(first, second);
        Assert.Equal(SpaceKind.Partial, first.Kind);
    }

    [Fact]
    public void An_element_too_large_for_an_empty_page_fails_naming_it()
    {
        var row = new Row([RowItem.Relative(LayoutFixtures.Text(LayoutFixtures.Paragraph + LayoutFixtures.Paragraph))]);
        var e = Assert.Throws<LayoutException>(() => Paginator.Paginate(new Column([row]), Small));
        Assert.Contains("row of 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("paragraph 「坚持精准", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_header_repeats_at_the_top_of_every_page()
    {
        Row Cells(string a, string b) => new([RowItem.Relative(LayoutFixtures.Text(a, 10)), RowItem.Relative(LayoutFixtures.Text(b, 10))]);
        var rows = Enumerable.Range(1, 40).Select(i => Cells($"第{i}行", $"数值{i}")).ToList();
        var pages = Paginator.Paginate(new Table(() => Cells("指标", "数值"), rows), Small);
        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.StartsWith("指标数值", PageText(p), StringComparison.Ordinal));
        Assert.Equal(40, pages.Sum(p => p.Content.Runs.Count(r => r.Text.StartsWith('第'))));
    }

    [Fact]
    public void Header_and_footer_know_the_total_page_count()
    {
        var paragraphs = Enumerable.Range(0, 4).Select(_ => (Element)LayoutFixtures.Text(LayoutFixtures.Paragraph)).ToList();
        var seen = new List<(int, int)>();
        var pages = Paginator.Paginate(new Column(paragraphs), Small, (_, page, total) => seen.Add((page, total)));
        Assert.Equal(Enumerable.Range(1, pages.Count).Select(p => (p, pages.Count)), seen);
    }

    [Fact]
    public void A_heading_is_not_left_alone_at_the_foot_of_a_page()
    {
        var heading = new KeepWithNext(LayoutFixtures.Text("标题", 12));
        var filler = new Spacer(135);
        var body = new Row([RowItem.Relative(LayoutFixtures.Text("正文第一行正文第一行", 12))]);
        var pages = Paginator.Paginate(new Column([filler, heading, body]), Small);
        Assert.Equal(2, pages.Count);
        Assert.StartsWith("标题", PageText(pages[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Split_rows_continue_on_the_next_page()
    {
        var item = new Row([RowItem.Fixed(LayoutFixtures.Text("1.", 12), 20), RowItem.Relative(new Column([LayoutFixtures.Text(LayoutFixtures.Paragraph + LayoutFixtures.Paragraph, 12)]))], allowSplit: true);
        var pages = Paginator.Paginate(new Column([item]), Small);
        Assert.True(pages.Count >= 2);
        Assert.Equal("1." + LayoutFixtures.Paragraph + LayoutFixtures.Paragraph, string.Concat(pages.Select(PageText)));
    }

    [Fact]
    public void Recording_captures_what_was_drawn_where()
    {
        var canvas = new RecordingCanvas();
        new Box(new Padding(LayoutFixtures.Text("卡片", 12), 5), Color.White, Color.Black).Draw(canvas, 10, 10, new Size(100, 40));
        Assert.IsType<FillCommand>(canvas.Commands[0]);
        Assert.IsType<StrokeCommand>(canvas.Commands[1]);
        var run = Assert.Single(canvas.Runs);
        Assert.Equal("卡片", run.Text);
        Assert.Equal(15, run.X[0], 0.01f);
    }
}
