using EcoBrief.Extraction;
using EcoBrief.Serialization;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Extraction;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_extractions_of_the_same_report_give_identical_json()
    {
        var first = BriefingJson.Serialize(Pipelines.Extract(TestPaths.Seed));
        var second = BriefingJson.Serialize(Pipelines.Extract(TestPaths.Seed));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Json_round_trips_to_an_equal_briefing()
    {
        var briefing = Pipelines.Extract(TestPaths.Seed);
        var json = BriefingJson.Serialize(briefing);
        Assert.Equal(json, BriefingJson.Serialize(BriefingJson.Deserialize(json)));
    }

    [Fact]
    public void Every_span_points_at_its_text_in_the_cleaned_report()
    {
        var report = EcoBrief.Ingest.ReportReader.ReadFile(TestPaths.Seed);
        var briefing = Stages.Extract(report);
        foreach (var f in briefing.Figures)
        {
            Assert.Equal(f.Text, report.Text[f.Span.Start..f.Span.End]);
        }

        foreach (var item in briefing.Achievements.Concat(briefing.Tasks).Concat(briefing.Challenges))
        {
            Assert.Contains(item.Title, report.Text[item.Span.Start..item.Span.End], StringComparison.Ordinal);
        }
    }
}
