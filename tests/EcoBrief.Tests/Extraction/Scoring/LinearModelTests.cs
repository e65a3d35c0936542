using EcoBrief.Extraction.Scoring;

namespace EcoBrief.Tests.Extraction.Scoring;

public sealed class LinearModelTests
{
    [Fact]
    public void A_score_is_the_sum_of_weights_times_values_and_an_unknown_feature_weighs_nothing()
    {
        var model = LinearModel.Parse("t", "# comment\na\t2\nb\t-0.5\n");
        var f = new Features().Add("a", 1.5).Flag("b", true).Add("c", 7);
        Assert.Equal(2.5, model.Score(f), 10);
        Assert.Equal([("a", 3.0), ("b", -0.5)], model.Parts(f));
    }

    [Fact]
    public void Probabilities_are_a_softmax_that_sums_to_one_and_keeps_the_order()
    {
        var p = LinearModel.Probabilities([2.0, 0.0, 5.0]);
        Assert.Equal(1.0, p.Sum(), 10);
        Assert.True(p[2] > p[0] && p[0] > p[1]);
    }

    [Fact]
    public void A_line_that_is_not_feature_tab_weight_is_an_error_that_quotes_it()
    {
        var e = Assert.Throws<FormatException>(() => LinearModel.Parse("t", "a 2\n"));
        Assert.Contains("a 2", e.Message, StringComparison.Ordinal);
    }
}
