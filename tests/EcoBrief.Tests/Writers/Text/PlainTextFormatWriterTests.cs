using System.Text;
using EcoBrief.Document;
using EcoBrief.Model;
using EcoBrief.Publishing;
using EcoBrief.Templating;
using EcoBrief.Tests.Support;
using EcoBrief.Writers.Text;

namespace EcoBrief.Tests.Writers.Text;

public sealed class PlainTextFormatWriterTests
{
    private static string Write(BriefingDocument document)
    {
        using var stream = new MemoryStream();
        var result = new PlainTextFormatWriter().Write(document, stream);
        Assert.Empty(result.Diagnostics);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Write(string markdown) => Write(BriefingMarkdown.Parse(markdown, "test.md.sbn"));

    [Fact]
    public void Headings_paragraphs_and_lists_are_lines_without_markup()
    {
        var text = Write("---\ntemplate: t\nfooter: 来源：某刊\n---\n\n# 标题\n\n正文**加粗**与*强调*。\n\n## 主要成绩\n\n- **第一项** *摘要*\n- 第二项\n\n1. 甲\n2. 乙\n");
        Assert.Equal("标题\n\n正文加粗与强调。\n\n主要成绩\n\n- 第一项 摘要\n- 第二项\n\n1. 甲\n2. 乙\n\n来源：某刊\n", text);
    }

    [Fact]
    public void Key_figures_are_one_line_each_and_tables_separate_cells()
    {
        KeyFigureEntry[] entries =
        [
            new("优良天数比率", 85.5m, "%", "85.5%", null, "上升1个百分点", FigurePeriod.Result, new SourceSpan(0, 5, 3)),
            new("新增就业", 1200m, "万人", "1200万人", null, null, FigurePeriod.Result, new SourceSpan(9, 15, 4)),
        ];
        var block = KeyFiguresFunction.Markdown(entries);
        var text = Write(BriefingMarkdown.Parse(new EvaluatedTemplate(block + "\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n", [new(block, entries)]), "test.md.sbn"));
        Assert.Equal("优良天数比率：85.5%（上升1个百分点）\n新增就业：1200万人\n\n甲｜乙\n1｜2\n", text);
    }

    [Fact]
    public void A_key_figures_fence_typed_by_hand_is_no_block_and_shows_its_table()
    {
        var text = Write("::: key-figures\n| 指标 | 数值 | 变化 |\n|---|---|---|\n| 优良天数比率 | 85.5% | 上升1个百分点 |\n:::\n");
        Assert.Equal("指标｜数值｜变化\n优良天数比率｜85.5%｜上升1个百分点\n", text);
    }

    [Fact]
    public void The_seed_s_summary_starts_with_its_title_and_keeps_no_markdown_or_footnote_marks()
    {
        var summary = Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "summary", "seed.txt"));
        Assert.StartsWith(Briefings.Seed.Meta.Title + "\n\n", summary, StringComparison.Ordinal);
        Assert.Contains("\n- ", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("**", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(":::", summary, StringComparison.Ordinal);
        Assert.EndsWith("\n来源：《党委中心组学习》2024年第2期，2024年5月28日　据原文自动摘编，以原文为准\n", summary, StringComparison.Ordinal);

        var handout = Write(DocumentBuilder.BuiltIn.Build(Briefings.Seed, "handout", "seed.txt"));
        Assert.DoesNotContain("[^", handout, StringComparison.Ordinal);
        Assert.All(Briefings.Seed.Tasks, t => Assert.Contains(t.Title, handout, StringComparison.Ordinal));
    }
}
