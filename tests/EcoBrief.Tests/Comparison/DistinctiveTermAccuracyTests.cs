using System.Text.Json;
using EcoBrief.Comparison;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Comparison;

/// <summary>
/// The distinctive terms against hand judgements (<c>TestFiles/compare/distinctive-terms.json</c>): the
/// finder must still give the judged top ten, so the precision in the README is the finder's.
/// </summary>
public sealed class DistinctiveTermAccuracyTests
{
    private static JsonElement Reports()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestPaths.TestFile("compare", "distinctive-terms.json")));
        return json.RootElement.GetProperty("reports").Clone();
    }

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in Reports().EnumerateArray())
        {
            data.Add(r.GetProperty("old").GetString()!, r.GetProperty("new").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_top_ten_are_the_judged_ones(string old, string @new)
    {
        var judged = Reports().EnumerateArray().Single(r => r.GetProperty("new").GetString() == @new).GetProperty("top10").EnumerateArray().Select(t => t[0].GetString()!).ToList();

        var actual = BriefingComparer.Compare(CorpusReports.Get(old), CorpusReports.Get(@new)).DistinctiveTerms.Take(10).Select(t => t.Term).ToList();

        Assert.Equal(judged, actual);
    }

    [Fact]
    public void The_precision_is_the_readme_s()
    {
        var precisions = Reports().EnumerateArray().Select(r => r.GetProperty("top10").EnumerateArray().Count(t => t[1].GetBoolean()) / 10.0).ToList();

        Assert.Equal([0.2, 0.5, 0.2], precisions);
        Assert.Equal(0.30, Math.Round(precisions.Average(), 2));
    }
}
