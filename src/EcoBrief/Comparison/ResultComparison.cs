using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>A headline result (last year's figure) of either report, beside the other's figure for the same indicator.</summary>
/// <param name="Measure">The indicator, normalised (<see cref="IndicatorName"/>).</param>
/// <param name="Old">The old report's figure, or null.</param>
/// <param name="New">The new report's figure, or null.</param>
/// <param name="Difference">New minus old (个百分点 for %), when both state it in the same unit; else null.</param>
public sealed record ResultComparison(string Measure, KeyFigure? Old, KeyFigure? New, string? Difference);
