using EcoBrief.Extraction;

namespace EcoBrief.Tests.Extraction;

public sealed class InlineEnumerationTests
{
    private static List<string> Items(string text) =>
        [.. InlineEnumeration.Find(text, 0, text.Length).Select(r => text[r.Start..r.End])];

    [Fact]
    public void Consecutive_ordinals_each_after_a_clause_stop_are_items_up_to_the_next_one()
    {
        Assert.Equal(["一是加强监管。", "二是推进改革；", "三是完善制度。"], Items("一是加强监管。二是推进改革；三是完善制度。"));
    }

    [Fact]
    public void The_marker_length_is_reported_so_the_item_text_can_start_after_it()
    {
        var text = "主要是：第一，需求不足；第二，创新不够。";
        var found = InlineEnumeration.Find(text, 0, text.Length);
        Assert.Equal(2, found.Count);
        Assert.Equal("需求不足；", text[(found[0].Start + found[0].MarkerLength)..found[0].End]);
        Assert.Equal("创新不够。", text[(found[1].Start + found[1].MarkerLength)..found[1].End]);
    }

    [Fact]
    public void Fewer_than_two_is_no_enumeration()
    {
        Assert.Empty(Items("一是加强监管，全面推进。"));
        Assert.Empty(Items("没有任何序号。"));
    }

    [Fact]
    public void A_gap_ends_the_run_and_a_word_inside_a_clause_is_no_marker()
    {
        Assert.Equal(["一是甲。", "二是乙。四是丁。"], Items("一是甲。二是乙。四是丁。"));
        // 统一是 is a word, not 一是 after a clause stop.
        Assert.Empty(Items("标准统一是关键。二是乙。"));
    }

    [Fact]
    public void Kinds_are_not_mixed_and_a_new_first_restarts_a_run_of_one()
    {
        Assert.Empty(Items("一是甲。第二，乙。"));
        Assert.Equal(["其一，甲。", "其二，乙。"], Items("一是前言。其一，甲。其二，乙。"));
    }

    [Fact]
    public void Only_the_range_given_is_searched()
    {
        var text = "一是甲。二是乙。一是丙。二是丁。";
        var found = InlineEnumeration.Find(text, 8, text.Length);
        Assert.Equal(["一是丙。", "二是丁。"], found.Select(r => text[r.Start..r.End]));
    }
}
