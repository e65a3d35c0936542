using EcoBrief.Extraction.Meta;

namespace EcoBrief.Tests.Extraction.Meta;

/// <summary>Every example of every meta rule is read as it says, and no counterexample is read at all.</summary>
public sealed class MetaRulesTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var rule in MetaRules.Speaker)
        {
            foreach (var (input, gives) in rule.Examples)
            {
                data.Add(rule.Name, input, gives);
            }
        }

        return data;
    }

    public static TheoryData<string, string> Counterexamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in MetaRules.Speaker)
        {
            foreach (var input in rule.Counterexamples)
            {
                data.Add(rule.Name, input);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_rule_reads_each_of_its_examples(string rule, string input, string gives)
    {
        var reading = MetaRules.Speaker.Single(r => r.Name == rule).Read(input);
        Assert.NotNull(reading);
        Assert.Equal(gives, $"{reading.Speaker}/{reading.Role}/{reading.Title}");
    }

    [Theory]
    [MemberData(nameof(Counterexamples))]
    public void A_rule_reads_none_of_its_counterexamples(string rule, string input)
    {
        Assert.Null(MetaRules.Speaker.Single(r => r.Name == rule).Read(input));
    }

    [Fact]
    public void Every_rule_has_a_unique_name_and_at_least_one_example_and_counterexample()
    {
        Assert.Equal(MetaRules.Speaker.Count, MetaRules.Speaker.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(MetaRules.Speaker, r => Assert.True(r.Examples.Count > 0 && r.Counterexamples.Count > 0, r.Name));
    }
}
