using EcoBrief.Layout.Text;

namespace EcoBrief.Tests.Layout;

public sealed class LineBreakRulesTests
{
    private static List<int> Breaks(string text) => [.. Enumerable.Range(1, text.Length - 1).Where(i => LineBreakRules.CanBreakBefore(text, i))];

    [Fact]
    public void Ideographs_break_between_each_other() => Assert.Equal([1, 2, 3], Breaks("生态环境"));

    [Theory]
    [InlineData("治污，持续", 2)]
    [InlineData("环境。下一", 2)]
    [InlineData("两个维护”等", 4)]
    [InlineData("规划（试行）", 5)]
    [InlineData("稳定、持续", 2)]
    public void Never_before_closing_punctuation(string text, int closing) => Assert.DoesNotContain(closing, Breaks(text));

    [Theory]
    [InlineData("印发《方案》", 3)]
    [InlineData("强调“两个", 3)]
    [InlineData("条例（草案）", 3)]
    public void Never_after_opening_punctuation(string text, int afterOpening) => Assert.DoesNotContain(afterOpening, Breaks(text));

    [Theory]
    [InlineData("PM2.5")]
    [InlineData("COP28")]
    [InlineData("85.5%")]
    [InlineData("VOCs")]
    public void Latin_words_and_numbers_stay_whole(string word) => Assert.Empty(Breaks(word));

    [Fact]
    public void A_number_keeps_its_magnitude_unit_and_bound_and_the_bound_before_it()
    {
        var breaks = Breaks("总计62.7亿元");
        Assert.DoesNotContain(6, breaks); // never 62.7|亿
        Assert.DoesNotContain(7, breaks); // never 亿|元
        Assert.DoesNotContain(3, breaks); // never 6|2
        var jobs = Breaks("新增就业68万人以上，");
        Assert.True(jobs.All(b => b <= 4 || b >= 10), string.Join(",", jobs)); // 68万人以上 whole
        var passed = Breaks("总量突破20万亿元");
        Assert.DoesNotContain(4, passed); // never 突破|20
        Assert.Contains(2, passed);
    }

    [Theory]
    [InlineData("增长5%左右", 5)]
    [InlineData("增长5%以上", 5)]
    [InlineData("控制在3‰以内", 6)]
    public void A_qualifier_after_a_percentage_stays_whole(string text, int inside) => Assert.DoesNotContain(inside, Breaks(text));

    [Theory]
    [InlineData("发展——这是")]
    [InlineData("等等……然后")]
    public void Dashes_and_ellipses_stay_whole(string text) => Assert.DoesNotContain(3, Breaks(text));

    [Fact]
    public void Breaks_after_a_space_in_latin_text() => Assert.Equal([3], Breaks("ab cd"));
}
