using EcoBrief.Document;
using EcoBrief.Document.Conventions;
using EcoBrief.Pdf;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UglyToad.PdfPig;

namespace EcoBrief.Tests.Document;

/// <summary>The meta line and an item's detail are nodes of their own, which writers and the fitter ask for by type.</summary>
public sealed class BriefingNodesTests
{
    private static readonly Lazy<BriefingDocument> Summary = new(() => DocumentBuilder.BuiltIn.Build(Briefings.Seed, "summary", "2024-mee-work-report.txt"));

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [InlineData("summary")]
    [InlineData("handout")]
    public void The_seed_s_markdown_gives_exactly_one_meta_line_right_under_the_title(string template)
    {
        var document = DocumentBuilder.BuiltIn.Build(Briefings.Seed, template, "2024-mee-work-report.txt");
        var meta = Assert.Single(document.Ast.Descendants<MetaLineBlock>());
        var index = document.Ast.IndexOf(meta);
        Assert.IsType<HeadingBlock>(document.Ast[index - 1]);
        Assert.Equal(1, ((HeadingBlock)document.Ast[index - 1]).Level);
        var text = PlainText.Of(meta.Inline);
        Assert.Contains(" · ", text, StringComparison.Ordinal);
        Assert.Contains(Briefings.Seed.Meta.Speaker!, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_paragraph_right_after_a_top_level_title_is_a_meta_line()
    {
        var ast = BriefingMarkdown.Parse("# 标题\n\n甲 · 乙\n\n正文。\n\n> # 引文\n>\n> 引文正文\n\n## 节\n\n节文。\n", "t.md.sbn").Ast;
        var meta = Assert.Single(ast.Descendants<MetaLineBlock>());
        Assert.Equal("甲 · 乙", PlainText.Of(meta.Inline));
        Assert.Equal(3, ast.Descendants<ParagraphBlock>().Count(p => p is not MetaLineBlock));
        Assert.Empty(BriefingMarkdown.Parse("# 标题\n\n- 项\n\n正文。\n", "t.md.sbn").Ast.Descendants<MetaLineBlock>());
    }

    [Fact]
    public void Emphasis_in_a_list_item_is_detail_and_elsewhere_stays_emphasis()
    {
        var ast = BriefingMarkdown.Parse("# 标题\n\n正文*强调*。\n\n- **事项一** *细节一*\n- **事项二** *细节二* 又*细节三*\n  - 子项 *子细节*\n", "t.md.sbn").Ast;
        Assert.Equal(["细节一", "细节二", "细节三", "子细节"], ast.Descendants<DetailInline>().Select(PlainText.Of));
        var emphasis = Assert.Single(ast.Descendants<EmphasisInline>(), e => e is not DetailInline && e.DelimiterCount == 1);
        Assert.Equal("强调", PlainText.Of(emphasis));
        Assert.All(ast.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 2), e => Assert.IsNotType<DetailInline>(e));
    }

    [Fact]
    public void Html_still_shows_the_meta_line_as_a_paragraph_and_detail_as_emphasis()
    {
        var html = EcoBrief.Writers.Html.HtmlWriter.Write(BriefingMarkdown.Parse("# 标题\n\n甲 · 乙\n\n- **事项** *细节*\n", "t.md.sbn"));
        Assert.Contains("<p>甲 · 乙</p>", html, StringComparison.Ordinal);
        Assert.Contains("<em>细节</em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_detail_the_fitter_drops_is_exactly_the_detail_nodes_of_the_items_past_its_count()
    {
        var document = Summary.Value;
        var result = PdfWriter.Write(document);
        Assert.False(result.Fit.ShowDetail);
        var ranks = new ItemRanks(document.Ast);
        using var pdf = PdfDocument.Open(result.Bytes);
        var page = Squeeze(pdf.GetPage(1).Text);
        var (shown, dropped) = (0, 0);
        foreach (var item in document.Ast.Descendants<ListItemBlock>().Where(i => result.Fit.KeepsAll || ranks.Of(i) < result.Fit.KeptItems))
        {
            var title = Squeeze(string.Concat(item.Descendants<LiteralInline>().Where(l => l.FirstParentOfType<DetailInline>() is null).Select(l => l.Content.ToString())));
            Assert.Contains(title, page, StringComparison.Ordinal);
            foreach (var detail in item.Descendants<DetailInline>().Select(d => Squeeze(PlainText.Of(d))).Where(d => d.Length >= 6))
            {
                if (ranks.Of(item) < result.Fit.DetailItems)
                {
                    Assert.Contains(detail, page, StringComparison.Ordinal);
                    shown++;
                }
                else
                {
                    Assert.DoesNotContain(detail, page, StringComparison.Ordinal);
                    dropped++;
                }
            }
        }

        Assert.True(dropped > 0, "the seed's summary drops some detail");
        Assert.True(shown + dropped > 0);
    }
}
