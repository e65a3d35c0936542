using System.Text.RegularExpressions;

namespace EcoBrief.Lexicon;

/// <summary>
/// One headline indicator of the genre (地区生产总值, 一般公共预算收入, 城镇调查失业率 …), as the lexicon
/// (<c>Lexicon/indicators.tsv</c>) states it: how a label names it, the units its figures take, how a
/// card shows it and which way a result meets its target.
/// </summary>
/// <param name="Id">A name for code and tests: <c>gdp</c>, <c>income-urban</c>.</param>
/// <param name="Group">Indicators of one group share one card (the residents' income, the towns', the countryside's).</param>
/// <param name="Measure">What it measures, as comparisons and the targets table name it: 生产总值.</param>
/// <param name="Rank">Its place in the order of importance, from 0.</param>
/// <param name="Units">The units its figures take, without a magnitude word: <c>%</c>, <c>元</c>, <c>微克/立方米</c>.</param>
/// <param name="CardShowsRate">True when its card shows the growth large and the level below; false for the level large.</param>
/// <param name="TotalWord">The word before the level when the level goes below the growth (总量, 总额), or null.</param>
/// <param name="HigherIsBetter">True when a higher result meets a target of its level (growth, income); false for a ceiling (prices, unemployment, PM2.5).</param>
/// <param name="CountsChange">True when a figure in the level's unit stated as a change is the indicator's own (农村贫困人口减少800万人); false when it is only an increment of the level (收入增加583元).</param>
public sealed record Indicator(
    string Id,
    string Group,
    string Measure,
    int Rank,
    IReadOnlyList<string> Units,
    bool CardShowsRate,
    string? TotalWord,
    bool HigherIsBetter,
    bool CountsChange)
{
    internal Regex Terms { get; init; } = null!;

    internal Regex? Not { get; init; }

    /// <summary>Whether <paramref name="label"/> names this indicator (whatever the unit).</summary>
    public bool Names(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Terms.IsMatch(label) && (Not is null || !Not.IsMatch(label));
    }

    /// <summary>Whether a figure in <paramref name="unit"/> can be one of this indicator's (a magnitude word before it is allowed: 亿元, 万人).</summary>
    public bool Takes(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var bare = unit.TrimStart('万', '亿', '千', '百');
        return Units.Contains(bare, StringComparer.Ordinal) || Units.Contains(unit, StringComparer.Ordinal);
    }
}
