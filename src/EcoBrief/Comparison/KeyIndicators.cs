using EcoBrief.Lexicon;
using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>
/// The indicators an overview of many reports lines up (31省份GDP增长目标一览): last year's output
/// growth, this year's target for it, PM2.5 and the share of days of good air — each the first the
/// report states, matched by the lexicon's indicator (<see cref="IndicatorLexicon"/>), or null.
/// </summary>
/// <param name="GdpGrowth">Last year's growth of output (a result, in %).</param>
/// <param name="GdpTarget">This year's target for the growth of output.</param>
/// <param name="Pm25">The PM2.5 concentration (微克/立方米), last year's where stated.</param>
/// <param name="GoodAirDays">The share of days of good air (优良天数比率, %), last year's where stated.</param>
public sealed record KeyIndicators(KeyFigure? GdpGrowth, KeyTarget? GdpTarget, KeyFigure? Pm25, KeyFigure? GoodAirDays)
{
    public static KeyIndicators Of(Briefing b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(
            b.Figures.FirstOrDefault(f => f.Period == FigurePeriod.Result && f.Unit == "%" && Is(f.Label, "gdp")),
            b.Targets.FirstOrDefault(t => t.Unit == "%" && Is(t.Label, "gdp")),
            Result(b, f => Is(f.Label, "pm25") && f.Unit.Contains("微克", StringComparison.Ordinal)),
            Result(b, f => Is(f.Label, "air") && f.Unit == "%"));
    }

    /// <summary>Whether <paramref name="label"/> names the lexicon's indicator <paramref name="id"/>.</summary>
    private static bool Is(string label, string id) => IndicatorLexicon.Of(label)?.Id == id;

    /// <summary>Last year's figure where the report states one, else its first of any period.</summary>
    private static KeyFigure? Result(Briefing b, Func<KeyFigure, bool> match) =>
        b.Figures.FirstOrDefault(f => f.Period == FigurePeriod.Result && match(f)) ?? b.Figures.FirstOrDefault(match);
}
