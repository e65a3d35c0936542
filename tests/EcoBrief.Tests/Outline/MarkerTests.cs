using EcoBrief.Outline;

namespace EcoBrief.Tests.Outline;

public sealed class MarkerTests
{
    [Theory]
    [InlineData("一、全国生态环境保护工作取得积极进展", NumberingStyle.ChineseComma, 1, "一、")]
    [InlineData("十二、其他工作", NumberingStyle.ChineseComma, 12, "十二、")]
    [InlineData("（三）坚持减污降碳协同增效", NumberingStyle.ParenChinese, 3, "（三）")]
    [InlineData("(二)坚持精准治污", NumberingStyle.ParenChinese, 2, "(二)")]
    // Its opening bracket lost (a copy that dropped it, or left it alone on the line before): the same marker.
    [InlineData("四）坚定不移疏堵点、破难点", NumberingStyle.ParenChinese, 4, "四）")]
    [InlineData("十一)持续改善民生", NumberingStyle.ParenChinese, 11, "十一)")]
    [InlineData("1.加强组织领导", NumberingStyle.ArabicDot, 1, "1.")]
    [InlineData("2、强化督查", NumberingStyle.ArabicDot, 2, "2、")]
    [InlineData("10．健全机制", NumberingStyle.ArabicDot, 10, "10．")]
    [InlineData("（1）完善标准", NumberingStyle.ParenArabic, 1, "（1）")]
    [InlineData("(4)推进试点", NumberingStyle.ParenArabic, 4, "(4)")]
    [InlineData("③加强宣传", NumberingStyle.Circled, 3, "③")]
    [InlineData("第一，坚持稳中求进", NumberingStyle.Ordinal, 1, "第一，")]
    [InlineData("二是生态环境改善基础还不牢固", NumberingStyle.Enumeration, 2, "二是")]
    [InlineData("——经济运行回升向好。", NumberingStyle.Dash, 0, "——")]
    [InlineData("●全市生产总值跨过5000亿元", NumberingStyle.Dash, 0, "●")]
    [InlineData("• 棉花产量增长4%", NumberingStyle.Dash, 0, "• ")]
    public void Numbering_styles_are_recognised(string text, NumberingStyle style, int ordinal, string marker)
    {
        var m = Marker.Detect(text);
        Assert.NotNull(m);
        Assert.Equal(style, m.Style);
        Assert.Equal(ordinal, m.Ordinal);
        Assert.Equal(marker, m.Text);
    }

    [Theory]
    [InlineData("2023年是生态环境领域具有重要里程碑意义的一年")]
    [InlineData("5.2%的增速好于预期")]
    [InlineData("一年来，我们主要做了以下工作")]
    [InlineData("十四五时期")]
    [InlineData("第一批55个国家生态质量综合监测站")]
    [InlineData("一、")]
    public void Text_that_only_looks_numbered_is_not(string text) => Assert.Null(Marker.Detect(text));
}
