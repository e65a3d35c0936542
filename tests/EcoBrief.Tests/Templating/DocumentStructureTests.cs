using EcoBrief.Document;
using EcoBrief.Document.KeyFigures;
using EcoBrief.Model;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace EcoBrief.Tests.Templating;

public sealed class DocumentStructureTests
{
    private static BriefingDocument Build(string template) => DocumentBuilder.BuiltIn.Build(Briefings.Seed, template, "seed.txt");

    private static List<string> Headings(BriefingDocument d, int level) =>
        [.. d.Ast.Descendants<HeadingBlock>().Where(h => h.Level == level).Select(h => string.Concat(h.Inline!.FindDescendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())))];

    [Fact]
    public void Summary_has_a_title_three_sections_and_one_list_item_per_model_item()
    {
        var d = Build("summary");
        Assert.Single(Headings(d, 1));
        Assert.Equal(["主要成绩", "问题挑战", "重点任务"], Headings(d, 2));
        var lists = d.Ast.OfType<ListBlock>().ToList();
        Assert.Equal([Briefings.Seed.Achievements.Count, Briefings.Seed.Challenges.Count, Briefings.Seed.Tasks.Count], lists.Select(l => l.Count));
    }

    [Fact]
    public void Summary_key_figures_are_a_block_of_the_headline_cards_around_a_fallback_table()
    {
        // The seed's headline indicators are three (PM2.5, good-air days, water): one row of cards.
        var block = Assert.Single(Build("summary").Ast.Descendants<KeyFiguresBlock>());
        Assert.Equal(3, block.Entries.Count);
        Assert.Equal(KeyFigureEntry.Of(Briefings.Seed.Figures[0]), block.Entries[0]);
        var table = Assert.IsType<Table>(Assert.Single(block));
        Assert.Equal(4, table.Count);
    }

    [Fact]
    public void Summary_front_matter_asks_for_one_page_in_the_gbt9704_preset()
    {
        var s = Build("summary").Settings;
        Assert.True(s.OnePage);
        Assert.Equal("gbt9704", s.Preset);
        Assert.Equal(new PageMargins(37, 28, 26, 35), s.Margins);
        Assert.Equal("2024年全国生态环境保护工作会议", s.Header);
        Assert.Equal("黄润秋", s.Author);
        Assert.Equal("2024-05-28", s.Date);
    }

    [Fact]
    public void Handout_has_a_heading_per_item_and_a_footnote_per_item()
    {
        var d = Build("handout");
        var b = Briefings.Seed;
        Assert.Equal(["关键数据", "主要成绩", "问题挑战", "战略重点", "重点任务"], Headings(d, 2));
        var items = b.Achievements.Concat(b.Challenges).Concat(b.Priorities).Concat(b.Tasks).ToList();
        Assert.Equal(items.Select(i => i.Title), Headings(d, 3));
        Assert.Equal(items.Count, d.Ast.Descendants<Footnote>().Count());
        Assert.True(d.Settings.ShowSources);
        Assert.True(d.Settings.HeadingNumbering);
    }

    [Fact]
    public void Handout_headings_carry_no_typed_numbers()
    {
        foreach (var h in Headings(Build("handout"), 2).Concat(Headings(Build("handout"), 3)))
        {
            Assert.Null(EcoBrief.Outline.Marker.Detect(h + "。正文"));
        }
    }

    [Fact]
    public void Preset_override_wins_over_the_template()
    {
        var d = new DocumentBuilder(EcoBrief.Templating.TemplateEvaluator.BuiltIn, "plain").Build(Briefings.Seed, "handout", "seed.txt");
        Assert.Equal("plain", d.Settings.Preset);
        Assert.Equal(new PageMargins(25, 25, 25, 25), d.Settings.Margins);
    }
}
