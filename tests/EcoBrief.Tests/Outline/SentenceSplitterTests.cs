using EcoBrief.Outline;

namespace EcoBrief.Tests.Outline;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Splits_at_chinese_stops_and_semicolons()
    {
        var s = SentenceSplitter.Split("第一句。第二句！第三句？第四句；第五句");
        Assert.Equal(["第一句。", "第二句！", "第三句？", "第四句；", "第五句"], s.Select(x => x.Text));
    }

    [Fact]
    public void Never_splits_inside_quotes_or_brackets()
    {
        var s = SentenceSplitter.Split("强调“坚持和加强党的全面领导。这是根本”这一要求。发布《方案（试行。）》。");
        Assert.Equal(["强调“坚持和加强党的全面领导。这是根本”这一要求。", "发布《方案（试行。）》。"], s.Select(x => x.Text));
    }

    [Fact]
    public void A_closing_quote_after_the_stop_stays_with_its_sentence()
    {
        var s = SentenceSplitter.Split("他说：“要坚持下去。”随后散会。");
        Assert.Equal(["他说：“要坚持下去。”", "随后散会。"], s.Select(x => x.Text));
    }

    [Fact]
    public void An_unclosed_quote_does_not_swallow_the_paragraph()
    {
        var text = "开头“" + new string('长', 200) + "。第二句。第三句。";
        Assert.True(SentenceSplitter.Split(text).Count >= 2);
    }

    [Fact]
    public void Offsets_point_at_the_sentence_in_the_text()
    {
        const string text = "（一）标题。正文一。正文二。";
        foreach (var s in SentenceSplitter.Split(text, 3))
        {
            Assert.Equal(s.Text, text[s.Start..s.End]);
        }
    }
}
