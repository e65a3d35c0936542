using EcoBrief.Ingest;

namespace EcoBrief.Tests.Ingest;

public sealed class PunctuationNormalizerTests
{
    [Theory]
    [InlineData("当前和今后一个时期是重要时期,全国生态环境系统", "当前和今后一个时期是重要时期，全国生态环境系统")]
    [InlineData("生态环境部部长黄润秋:深入学习", "生态环境部部长黄润秋：深入学习")]
    [InlineData("流域防洪工程体系还不完善;水资源统筹", "流域防洪工程体系还不完善；水资源统筹")]
    [InlineData("(一)认真贯彻落实", "（一）认真贯彻落实")]
    [InlineData("细颗粒物(PM2.5)平均浓度", "细颗粒物（PM2.5）平均浓度")]
    [InlineData("《应对气候变化重点任务(2023—2025)》", "《应对气候变化重点任务（2023—2025）》")]
    [InlineData("比率为85.5%,扣除沙尘", "比率为85.5%，扣除沙尘")]
    [InlineData("迪拜大会(COP28)取得积极成果", "迪拜大会（COP28）取得积极成果")]
    [InlineData("是这样吗?是的!", "是这样吗？是的！")]
    [InlineData("分别增长15.3%,29.6%。", "分别增长15.3%、29.6%。")]
    [InlineData("居全国第4,21个城市入选", "居全国第4，21个城市入选")]
    public void Ascii_marks_in_chinese_context_become_full_width(string input, string expected) =>
        Assert.Equal(expected, PunctuationNormalizer.Normalize(input));

    [Theory]
    [InlineData("时事报告 2024-05-28 16:06北京")]
    [InlineData("共1,000,000元")]
    [InlineData("投资1,200亿元")]
    [InlineData("共12,345,678人")]
    [InlineData("PM2.5 and PM10 (particulate matter), see below: ok")]
    [InlineData("详见https://www.mee.gov.cn/a,b;c(d)")]
    [InlineData("2015—2020年全国生态状况")]
    [InlineData("f(x) = a, b")]
    public void Numbers_latin_text_times_and_urls_are_left_alone(string input) =>
        Assert.Equal(input, PunctuationNormalizer.Normalize(input));

    [Fact]
    public void Conversion_keeps_the_length_so_offsets_do_not_move()
    {
        const string input = "(二)坚持精准、科学、依法治污,持续深入打好污染防治攻坚战:一是;二是.";
        Assert.Equal(input.Length, PunctuationNormalizer.Normalize(input).Length);
    }

    [Theory]
    [InlineData("全年完成２００万户，增长５．２％", "全年完成200万户，增长5.2%")]
    [InlineData("ＰＭ２．５浓度", "PM2.5浓度")]
    [InlineData("１．坚持稳中求进", "1．坚持稳中求进")]
    public void Full_width_digits_and_letters_become_ascii(string input, string expected) =>
        Assert.Equal(expected, PunctuationNormalizer.Normalize(input));
}
