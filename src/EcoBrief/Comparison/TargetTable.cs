using System.Text.RegularExpressions;
using EcoBrief.Lexicon;
using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>
/// The 目标与实绩 table — the comparison a report is most quoted for: each of this year's targets, in
/// the report's order, beside last year's result of the same indicator (the lexicon's indicator, else
/// the measure <see cref="IndicatorName"/> gives; a growth beside a growth, a level beside a level);
/// with the previous report at hand (two years of one place), last year's target and whether it was met.
/// </summary>
public static partial class TargetTable
{
    /// <summary>A row for every target of <paramref name="briefing"/>; <paramref name="previous"/> is last year's report, or null.</summary>
    public static IReadOnlyList<TargetRow> Of(Briefing briefing, Briefing? previous = null)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var results = briefing.Figures.Where(f => f.Period == FigurePeriod.Result).ToList();
        var rows = new List<TargetRow>(briefing.Targets.Count);
        foreach (var t in briefing.Targets)
        {
            var result = ResultFor(t.Label, t.Unit, results);
            var before = previous?.Targets.FirstOrDefault(p => SameIndicator(p.Label, p.Unit, t.Label, t.Unit));
            rows.Add(new TargetRow(IndicatorName.Measure(t.Label), t, result, before, before is null || result is null ? null : IsMet(result, before)));
        }

        return rows;
    }

    /// <summary>
    /// Last year's result of the indicator a target of <paramref name="label"/> in <paramref name="unit"/>
    /// measures: the first of <paramref name="results"/> (they come ranked, headline first) of the same
    /// indicator in the same kind of unit; for a level, one in another unit of the same indicator when
    /// none is in its own (粮食产量 in 亿斤 beside a target in 万吨).
    /// </summary>
    public static KeyFigure? ResultFor(string label, string unit, IReadOnlyList<KeyFigure> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        // 居民消费价格指数101.5% is a level of prices, no rise: it is no result of a target of 涨幅 3%, nor a rise of one of 指数.
        var index = PriceIndex().IsMatch(label);
        var candidates = results.Where(f => SameMeasure(f.Label, f.Unit, label, unit) && !Share().IsMatch(f.Label) && !Part().IsMatch(f.Label) && PriceIndex().IsMatch(f.Label) == index).ToList();

        // 城镇居民人均可支配收入实际增长7%: a real change is measured by last year's real one (实际增长,
        // 扣除价格因素), never by the nominal 增长9.5% beside it; a change that says nothing of prices takes
        // a nominal one first.
        var real = RealChange().IsMatch(label);
        candidates = real
            ? [.. candidates.Where(f => RealChange().IsMatch(f.Label))]
            : [.. candidates.OrderBy(f => RealChange().IsMatch(f.Label))];

        // 财政收入增长14.6%，其中地方财政收入增长14.1%: both are revenue; the one the target names in its own
        // words (地方财政收入增长) is its result, before the best-ranked of the indicator.
        var own = Words(label);
        return candidates.FirstOrDefault(f => UnitKind(f.Unit) == UnitKind(unit) && Words(f.Label) == own)
            ?? candidates.FirstOrDefault(f => UnitKind(f.Unit) == UnitKind(unit))
            ?? (Units.IsRate(unit) ? null : candidates.FirstOrDefault(f => !Units.IsRate(f.Unit)));
    }

    /// <summary>A change reckoned without prices: 实际增长 · 扣除价格因素增长 (not 实际利用外资, whose 实际 is no reckoning).</summary>
    [GeneratedRegex(@"实际(?:增长|下降|提高|上升|增加|减少)|(?:扣除|剔除)价格因素")]
    private static partial Regex RealChange();

    /// <summary>An index as the measure (居民消费价格指数, 商品零售价格总指数): a level against 100, not a rise.</summary>
    [GeneratedRegex(@"指数$")]
    private static partial Regex PriceIndex();

    /// <summary>A label's own words for what it measures: without the whole place and a verb of achieving before it and the change after it (全市完成地方财政收入比上年增长 → 地方财政收入).</summary>
    private static string Words(string label) => ChangeEnd().Replace(WholePlace().Replace(label, string.Empty), string.Empty);

    [GeneratedRegex(@"^(?:全省|全市|全区|全国|全州|我省|我市|我区|本市|全年)?(?:预计)?(?:完成|实现)?")]
    private static partial Regex WholePlace();

    [GeneratedRegex(@"(?:同比|比上年|较上年)?(?:实际|名义|可比价|同口径)?(?:增长|下降|提高|上升|降低|减少|增加|回落|上涨)$")]
    private static partial Regex ChangeEnd();

    /// <summary>
    /// Whether <paramref name="result"/> met <paramref name="target"/>: a ceiling (以内, 以下, 低于, 不超过,
    /// or an indicator whose lower value is better — prices, unemployment, PM2.5) is met at or under it, any
    /// other at or over it (a range at or over its lower end); null when their units differ. A decrease
    /// (…能耗下降3%以上) is met by a larger one.
    /// </summary>
    public static bool? IsMet(KeyFigure result, KeyTarget target)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(target);
        if (result.Unit != target.Unit)
        {
            return null;
        }

        return Ceiling(target) ? result.Value <= UpperEnd(target) : result.Value >= target.Value;
    }

    /// <summary>Whether a target is met at or under its value.</summary>
    internal static bool Ceiling(KeyTarget target)
    {
        if (target.Qualifier is "以内" or "以下" or "低于" or "不超过" or "不高于")
        {
            return true;
        }

        if (target.Qualifier is "以上" or "不低于" or "超过" or "突破" || Decrease().IsMatch(target.Label))
        {
            return false;
        }

        return IndicatorLexicon.Of(target.Label) is { HigherIsBetter: false };
    }

    /// <summary>The upper end of a range (5%—5.5% → 5.5), else the value.</summary>
    private static decimal UpperEnd(KeyTarget target) =>
        UpperNumber().Match(target.Text) is { Success: true } m && decimal.TryParse(m.Groups[1].Value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var upper) && upper > target.Value
            ? upper
            : target.Value;

    /// <summary>Whether two labels in their units are one indicator in one kind of unit.</summary>
    public static bool SameIndicator(string labelA, string unitA, string labelB, string unitB) =>
        SameMeasure(labelA, unitA, labelB, unitB) && UnitKind(unitA) == UnitKind(unitB);

    private static bool SameMeasure(string labelA, string unitA, string labelB, string unitB)
    {
        var a = IndicatorLexicon.Of(labelA, unitA);
        var b = IndicatorLexicon.Of(labelB, unitB);
        if (a is not null || b is not null)
        {
            return a is not null && ReferenceEquals(a, b) && Decrease().IsMatch(labelA) == Decrease().IsMatch(labelB);
        }

        return IndicatorName.Measure(labelA) == IndicatorName.Measure(labelB);
    }

    /// <summary>The kind of a unit: a rate (%), or the unit without its magnitude word (亿元 and 万亿元 are both 元).</summary>
    private static string UnitKind(string unit) => Units.IsRate(unit) ? "%" : unit.TrimStart('万', '亿', '千', '百');

    [GeneratedRegex(@"下降|降低|减少|压减|回落")]
    private static partial Regex Decrease();

    [GeneratedRegex(@"[—－\-–~～至到]\s*([0-9]+(?:\.[0-9]+)?)")]
    private static partial Regex UpperNumber();

    /// <summary>A share of the indicator, not the indicator: 占…比重 · 占比.</summary>
    [GeneratedRegex(@"占[^，。]{0,16}(?:比重|比例)|占比|（")]
    private static partial Regex Share();

    /// <summary>A part of the indicator: 其中 · 税收.</summary>
    [GeneratedRegex(@"^其中|税收")]
    private static partial Regex Part();
}
