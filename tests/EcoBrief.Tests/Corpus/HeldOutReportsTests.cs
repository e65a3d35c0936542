using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Corpus;

/// <summary>
/// Whole reports outside the corpus (<c>TestFiles/heldout/full/JUDGMENTS.md</c>), judged by readers in
/// session 6: each gives a sane briefing by the corpus sanity check's measure.
/// </summary>
public sealed class HeldOutReportsTests
{
    [Theory]
    [InlineData("sc2019.txt")]
    [InlineData("sc2022.txt")]
    [InlineData("sc2023.txt")]
    [InlineData("sc2024.txt")]
    [InlineData("sc2025.txt")]
    [InlineData("shanghai2025.txt")]
    [InlineData("tianjin2025.txt")]
    public void A_held_out_report_gives_a_sane_briefing(string file)
    {
        var b = Stages.Extract(ReportReader.ReadFile(TestPaths.TestFile("heldout", "full", file)));
        Assert.Contains("政府工作报告", b.Meta.Title ?? string.Empty, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(b.Meta.Speaker));
        Assert.False(string.IsNullOrEmpty(b.Meta.Occasion));
        Assert.True(b.Achievements.Count >= 3, $"{b.Achievements.Count} achievements");
        Assert.True(b.Challenges.Count >= 3, $"{b.Challenges.Count} challenges");
        Assert.True(b.Tasks.Count >= 5, $"{b.Tasks.Count} tasks");

        // A turn to confidence after the problems is not one of them.
        Assert.DoesNotContain(b.Challenges, c => c.Title.StartsWith("我们既要", StringComparison.Ordinal) || c.Title.StartsWith("我国具有", StringComparison.Ordinal));
    }

    [OpenProblemFact("the review's 一是…五是 are read as problems (JUDGMENTS.md)")]
    public void The_2015_report_gives_a_sane_briefing() => A_held_out_report_gives_a_sane_briefing("sc2015.txt");
}
