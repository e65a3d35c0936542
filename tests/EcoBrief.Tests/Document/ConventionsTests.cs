using EcoBrief.Document;
using EcoBrief.Document.Conventions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace EcoBrief.Tests.Document;

/// <summary>The conventions the PDF and Word writers share, each written once.</summary>
public sealed class ConventionsTests
{
    private static MarkdownDocument Ast(string markdown) => BriefingMarkdown.Parse(markdown, "t.md.sbn").Ast;

    [Fact]
    public void Plain_text_is_the_literal_text_without_emphasis_marks_code_spans_or_footnote_marks()
    {
        var ast = Ast("正文**加粗**与*强调*和`代码`[^1]。\n\n[^1]: 第3行\n");
        var paragraph = ast.OfType<ParagraphBlock>().First();
        Assert.Equal("正文加粗与强调和。", PlainText.Of(paragraph.Inline));
        Assert.Equal(string.Empty, PlainText.Of((Markdig.Syntax.Inlines.ContainerInline?)null));
        var table = Ast("| 指标 | 数值 |\n|---|---|\n| **增长** | 5% |\n").Descendants<Table>().Single();
        Assert.Equal("增长", PlainText.Of((TableCell)((TableRow)table[1])[0]));
    }

    [Fact]
    public void Table_columns_are_in_proportion_to_their_longest_text_within_bounds_and_as_whole_percentages_for_word()
    {
        var wide = new string('宽', 40);
        var table = Ast($"| 名称 | 说明 | 值 |\n|---|---|---|\n| 一二三四五六七八九十 | {wide} | 1 |\n").Descendants<Table>().Single();
        Assert.Equal(3, TableColumns.Count(table));
        // Ten ideographs are 20 wide; 40 ideographs 80, clamped to 30; "1" and "值" 2, raised to 6; each with 3 for its padding.
        Assert.Equal([23, 33, 9], TableColumns.Shares(table));
        Assert.Equal([23, 70, 7], TableColumns.Percentages([20, 60, 6]));
        Assert.Equal([5, 99], TableColumns.Percentages([1, 99]));
    }

    [Fact]
    public void Heading_numbers_count_per_level_and_restart_below_a_new_parent()
    {
        var numbers = new HeadingNumbering();
        Assert.Equal("一、", numbers.Next(2));
        Assert.Equal("（一）", numbers.Next(3));
        Assert.Equal("（二）", numbers.Next(3));
        Assert.Equal("1.", numbers.Next(4));
        Assert.Equal("二、", numbers.Next(2));
        Assert.Equal("（一）", numbers.Next(3));
        Assert.Equal("十二、", HeadingNumbering.Format(2, 12));
        Assert.Equal("100、", HeadingNumbering.Format(2, 100));
        Assert.Equal("（3）", HeadingNumbering.Format(5, 3));
        Assert.Equal(["%1、", "（%2）", "%3.", "（%4）"], Enumerable.Range(2, 4).Select(HeadingNumbering.WordLevelText));
        Assert.Throws<ArgumentOutOfRangeException>(() => HeadingNumbering.Format(1, 1));
    }

    [Fact]
    public void List_markers_are_numbers_with_a_full_stop_at_the_top_and_in_brackets_nested()
    {
        Assert.Equal("3.", ListNumbering.Format(0, 3));
        Assert.Equal("（12）", ListNumbering.Format(1, 12));
        Assert.Equal("（2）", ListNumbering.Format(2, 2));
        Assert.Equal(["%1.", "（%2）"], new[] { 0, 1 }.Select(ListNumbering.WordLevelText));
        Assert.Throws<ArgumentOutOfRangeException>(() => ListNumbering.Format(-1, 1));
        Assert.NotEqual(ListNumbering.Bullet, ListNumbering.NestedBullet);
    }

    [Fact]
    public void A_font_role_is_families_a_file_and_generics_read_the_same_way_by_every_writer()
    {
        const string role = "仿宋, FangSong ,, fonts/My.TTF, serif";
        Assert.Equal(["仿宋", "FangSong", "fonts/My.TTF", "serif"], FontRoleNames.Split(role));
        Assert.Equal(["仿宋", "FangSong"], FontRoleNames.Families(role));
        Assert.Equal("fonts/My.TTF", FontRoleNames.File(role));
        Assert.Null(FontRoleNames.File("黑体"));
        Assert.Equal([FontRoleNames.DefaultFamily], FontRoleNames.Families("sans-serif, a.otf"));
        Assert.True(FontRoleNames.IsSans("黑体, SimHei"));
        Assert.True(FontRoleNames.IsSans("Microsoft YaHei"));
        Assert.False(FontRoleNames.IsSans("仿宋, 黑体"));
        Assert.False(FontRoleNames.IsSans(" , "));
    }

    [Fact]
    public void Each_heading_level_takes_its_font_role_and_a_deeper_heading_none()
    {
        var fonts = new FontRoles("小标宋", "黑体", "楷体", "仿宋", "楷体, KaiTi");
        Assert.Equal(["小标宋", "黑体", "楷体"], Enumerable.Range(1, 3).Select(fonts.OfHeading));
        Assert.Null(fonts.OfHeading(4));
        Assert.Equal(["小标宋", "黑体", "楷体", "仿宋", "楷体, KaiTi"], fonts.Roles());
    }

    [Fact]
    public void Palette_colours_are_written_for_word_as_six_upper_case_hex_digits()
    {
        Assert.Equal("2F6B3C", Palette.Hex(Palette.Accent));
        Assert.Equal("0000FF", Palette.Hex(0xFF));
        Assert.Equal("F4F4F2", Palette.Hex(Palette.Shade));
        Assert.Equal(new EcoBrief.Layout.Color(0x2F, 0x6B, 0x3C), EcoBrief.Pdf.PdfStyles.Accent);
    }
}
