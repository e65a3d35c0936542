using System.Text;
using EcoBrief.Layout.Text;

namespace EcoBrief.Tests.Layout;

public sealed class LineBreakerTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(137)]
    [InlineData(180)]
    [InlineData(250)]
    [InlineData(333)]
    [InlineData(451)]
    public void No_line_starts_with_closing_or_ends_with_opening_punctuation_and_none_overflows(float width)
    {
        var block = LayoutFixtures.Text(LayoutFixtures.Paragraph);
        var lines = block.LinesAt(width);
        Assert.True(lines.Count > 1);
        foreach (var line in lines)
        {
            var text = block.Text[line.Start..line.End];
            Assert.False(LineBreakRules.IsNoStart(text[0]), $"line starts with {text[0]}: {text}");
            Assert.False(LineBreakRules.IsNoEnd(text[^1]), $"line ends with {text[^1]}: {text}");
            Assert.True(line.Width <= width + 0.01f, $"line of {line.Width} pt in {width} pt: {text}");
        }

        Assert.Equal(LayoutFixtures.Paragraph, string.Concat(lines.Select(l => block.Text[l.Start..l.End])));
    }

    [Fact]
    public void Codes_numbers_and_dashes_are_never_split_at_any_width()
    {
        var block = LayoutFixtures.Text(LayoutFixtures.Paragraph);
        for (var width = 100f; width < 500; width += 7)
        {
            var joined = string.Join("|", block.LinesAt(width).Select(l => block.Text[l.Start..l.End]));
            foreach (var whole in new[] { "PM2.5", "COP28", "85.5%", "——", "……", "亿元" })
            {
                for (var k = 1; k < whole.Length; k++)
                {
                    Assert.DoesNotContain(whole[..k] + "|" + whole[k..], joined, StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [InlineData("坚持精准科学依法治污持续深入", "续深入")]
    [InlineData("坚持精准科学依法治污持续深入。", "续深入。")]
    [InlineData("坚持精准科学依法治污持续深入打好攻坚战斗争坚持精准深入", "准深入")]
    [InlineData("坚持精准科学依法治污持续深入打", "深入打")]
    public void A_paragraph_never_ends_on_a_line_of_two_characters_or_fewer_when_the_line_before_can_give_it_more(string text, string last)
    {
        // 12 pt type, 13 characters to the line: greedy breaking would leave one or two characters alone (issue 21: three at least).
        var block = LayoutFixtures.Text(text);
        var lines = block.LinesAt(12 * 13);
        Assert.True(lines.Count > 1);
        Assert.Equal(last, text[lines[^1].Start..lines[^1].End]);
        Assert.Equal(text, string.Concat(lines.Select(l => text[l.Start..l.End])));
        Assert.All(lines.SkipLast(1), l => Assert.Equal(12 * 13, l.Width, 0.5f));
    }

    [Fact]
    public void A_number_with_its_unit_comes_down_whole_rather_than_leave_the_unit_alone()
    {
        const string text = "人均可支配收入增加到13786元";
        var withoutUnit = LayoutFixtures.Text(text[..^1]).LinesAt(1000)[0].Width;
        var block = LayoutFixtures.Text(text);
        var lines = block.LinesAt(withoutUnit + 1);
        Assert.Equal(2, lines.Count);
        Assert.Equal("13786元", text[lines[^1].Start..lines[^1].End]);
    }

    [Fact]
    public void First_line_indent_of_two_characters_narrows_the_first_line()
    {
        var lines = LineBreaker.Break(new ShapedText([new TextSpan(LayoutFixtures.Paragraph, LayoutFixtures.Body())]), 240, 24, 1.5f, TextAlignment.Justify);
        Assert.Equal(24, lines[0].Indent);
        Assert.Equal(0, lines[1].Indent);
        Assert.True(lines[0].End - lines[0].Start < lines[1].End - lines[1].Start);
    }

    [Fact]
    public void Justified_lines_fill_the_measure_except_the_last()
    {
        var lines = LayoutFixtures.Text(LayoutFixtures.Paragraph).LinesAt(200);
        Assert.All(lines.SkipLast(1), l => Assert.Equal(200, l.Width, 0.5f));
    }

    [Fact]
    public void A_character_no_font_has_is_reported_with_its_code_point()
    {
        // U+10FFFD is a private-use character of plane 16: no font of any machine draws it.
        var shaped = new ShapedText([new TextSpan("生态\U0010FFFD", LayoutFixtures.Body())]);
        Assert.Equal(["U+10FFFD \U0010FFFD"], shaped.MissingCharacters);
    }

    [Fact]
    public void Characters_of_gbk_and_the_general_standard_table_are_in_the_shipped_fonts()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936);
        foreach (var name in new[] { FontFace.SansRegular, FontFace.SansBold, FontFace.SerifRegular, FontFace.SerifBold })
        {
            var face = FontFace.ShippedFont(name);
            foreach (var c in "勠槃磏蹚钘濛囍昇")
            {
                Assert.True(face.HasGlyph(c), $"{name} has no {c}");
            }

            // Every double-byte code of GBK but ≒ (U+2252), which Noto CJK SC does not draw.
            var missing = new List<string>();
            for (var hi = 0x81; hi <= 0xFE; hi++)
            {
                for (var lo = 0x40; lo <= 0xFE; lo++)
                {
                    var text = gbk.GetString([(byte)hi, (byte)lo]);
                    if (lo != 0x7F && text.Length == 1 && text[0] != '\uFFFD' && text[0] is not ('\u2252' or '?') && !char.IsSurrogate(text[0]) && !(text[0] is >= '\uE000' and <= '\uF8FF') && !face.HasGlyph(text[0]))
                    {
                        missing.Add($"{hi:X2}{lo:X2} {text}");
                    }
                }
            }

            Assert.True(missing.Count == 0, $"{name} lacks {missing.Count} GBK characters: {string.Join(' ', missing.Take(20))}");
        }
    }

    [Fact]
    public void A_character_beyond_the_shipped_fonts_is_drawn_from_a_system_font_that_has_it_or_reported()
    {
        // ≒ (GBK A1D6) is not in Noto CJK SC; DejaVu Sans, where installed, has it.
        var shaped = new ShapedText([new TextSpan("约≒", LayoutFixtures.Body())]);
        var system = SystemFonts.FaceFor(0x2252, bold: false);
        if (system is null)
        {
            Assert.Equal(["U+2252 ≒"], shaped.MissingCharacters);
        }
        else
        {
            Assert.Empty(shaped.MissingCharacters);
            Assert.True(system.IsSystemFont);
            Assert.True(system.HasGlyph(0x2252));
            Assert.Same(system, SystemFonts.FaceFor(0x2252, bold: false));
        }
    }
}
