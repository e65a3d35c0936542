using EcoBrief.Extraction.Meta;

namespace EcoBrief.Tests.Extraction.Meta;

/// <summary>Every example of the region reader gives what it says.</summary>
public sealed class RegionReaderTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (texts, gives) in RegionReader.Examples)
        {
            data.Add(string.Join("|", texts), gives);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_gives_its_region_and_level(string texts, string gives)
    {
        var (region, level) = RegionReader.Read(texts.Split('|'));
        Assert.Equal(gives, $"{region}/{level}");
    }

    [Fact]
    public void A_meeting_that_names_no_place_takes_the_province_the_text_names_most()
    {
        var body = "过去一年，宁夏经济平稳增长。宁夏人民团结奋斗。宁夏各族群众生活改善。北京的支援。";
        Assert.Equal(("宁夏回族自治区", "省级"), RegionReader.Read(["自治区第九届人民代表大会第一次会议"], body));
    }

    [Fact]
    public void A_province_named_only_in_passing_is_not_taken()
    {
        Assert.Equal((null, "省级"), RegionReader.Read(["省十一届人大二次会议"], "对口支援新疆。"));
    }
}
