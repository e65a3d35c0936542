using EcoBrief.Chinese;

namespace EcoBrief.Tests.Chinese;

public sealed class ClauseBreaksTests
{
    [Fact]
    public void Marks_inside_brackets_quotes_and_title_marks_do_not_break_a_clause()
    {
        const string s = "印发《关于甲，乙的意见》，提出“一，二”（含丙，丁），完成。";
        Assert.Equal([12, 26], ClauseBreaks.Of(s, "，"));
    }

    [Fact]
    public void Only_the_range_asked_for_is_read_and_an_unbalanced_close_does_not_go_below_zero()
    {
        const string s = "甲，乙）丙，丁；戊";
        Assert.Equal([5, 7], ClauseBreaks.Of(s, "，；", start: 2));
        Assert.Equal([1], ClauseBreaks.Of(s, "，；", end: 4));
    }
}
