using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>
/// The indicators an overview of many reports lines up (31省份GDP增长目标一览): last year's output
/// growth, this year's target for it, PM2.5 and the share of days of good air — each the first the
/// report states, matched by what it measures (<see cref="IndicatorName"/>), or null.
/// </summary>
/// <param name="GdpGrowth">Last year's growth of output (a result, in %).</param>
/// <param name="GdpTarget">This year's target for the growth of output.</param>
/// <param name="Pm25">The PM2.5 concentration (微克/立方米), last year's where stated.</param>
/// <param name="GoodAirDays">The share of days of good air (优良天数比率, %), last year's where stated.</param>
public sealed record KeyIndicators(KeyFigure? GdpGrowth, KeyTarget? GdpTarget, KeyFigure? Pm25, KeyFigure? GoodAirDays)
{
    private const string Output = "生产总值";

    public static KeyIndicators Of(Briefing b) => new(
        b.Figures.FirstOrDefault(f => f.Period == FigurePeriod.Result && f.Unit == "%" && IndicatorName.Measure(f.Label) == Output && !f.Label.Contains('占', StringComparison.Ordinal)),
        b.Targets.FirstOrDefault(t => t.Unit == "%" && IndicatorName.Measure(t.Label) == Output),
        Result(b, f => (f.Label.Contains("PM2.5", StringComparison.Ordinal) || f.Label.Contains("细颗粒物", StringComparison.Ordinal)) && f.Unit.Contains("微克", StringComparison.Ordinal)),
        Result(b, f => f.Label.Contains("优良天数", StringComparison.Ordinal) && f.Unit == "%"));

    /// <summary>Last year's figure where the report states one, else its first of any period.</summary>
    private static KeyFigure? Result(Briefing b, Func<KeyFigure, bool> match) =>
        b.Figures.FirstOrDefault(f => f.Period == FigurePeriod.Result && match(f)) ?? b.Figures.FirstOrDefault(match);
}
