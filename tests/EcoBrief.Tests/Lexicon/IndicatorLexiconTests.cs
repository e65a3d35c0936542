using EcoBrief.Lexicon;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Lexicon;

/// <summary>The lexicon of headline indicators against its examples (src/EcoBrief/Lexicon/indicator-examples.tsv): each label names the indicator it says, or none.</summary>
public sealed class IndicatorLexiconTests
{
    private static string ExamplesPath => Path.Combine(TestPaths.RepoRoot, "src", "EcoBrief", "Lexicon", "indicator-examples.tsv");

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(ExamplesPath))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_names_the_indicator_it_says(string label, string unit, string expected)
    {
        var found = IndicatorLexicon.Of(label, unit);
        Assert.True((found?.Id ?? "-") == expected, $"「{label}」 ({unit}): expected {expected}, found {found?.Id ?? "-"}");
    }

    [Fact]
    public void Every_indicator_has_an_example_that_names_it()
    {
        var named = Examples().Select(row => (string)row[2]).ToHashSet(StringComparer.Ordinal);
        var unnamed = IndicatorLexicon.All.Select(i => i.Id).Where(id => !named.Contains(id)).ToList();
        Assert.True(unnamed.Count == 0, "no example names " + string.Join(", ", unnamed));
    }

    [Fact]
    public void The_order_of_importance_leads_with_output_revenue_income_and_jobs()
    {
        var groups = IndicatorLexicon.All.Select(i => i.Group).Distinct().ToList();
        Assert.Equal(["output", "revenue", "income", "jobs", "unemployment", "prices", "trade", "investment", "consumption", "industry", "grain"], groups.Take(11));
        Assert.Equal(Enumerable.Range(0, IndicatorLexicon.All.Count), IndicatorLexicon.All.Select(i => i.Rank));
    }

    [Fact]
    public void A_malformed_line_is_refused_with_its_number()
    {
        var e = Assert.Throws<FormatException>(() => IndicatorLexicon.Parse("# c\ngdp\toutput\n"));
        Assert.StartsWith("indicators.tsv(2):", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ceiling_is_met_lower_and_a_growth_higher()
    {
        Assert.False(IndicatorLexicon.Get("cpi").HigherIsBetter);
        Assert.False(IndicatorLexicon.Get("unemployment").HigherIsBetter);
        Assert.True(IndicatorLexicon.Get("gdp").HigherIsBetter);
        Assert.True(IndicatorLexicon.Get("gdp").CardShowsRate);
        Assert.Equal("总量", IndicatorLexicon.Get("gdp").TotalWord);
    }
}
