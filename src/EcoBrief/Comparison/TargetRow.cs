using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>One row of the 目标与实绩 table: this year's target beside last year's result of the same indicator, and, where a previous report is at hand, last year's target and whether it was met.</summary>
/// <param name="Measure">What the target measures, normalised (<see cref="IndicatorName.Measure"/>).</param>
/// <param name="Target">This year's target, as the report states it.</param>
/// <param name="Result">Last year's result of the same indicator, in a unit of its kind (a growth beside a growth), or null when the report states none.</param>
/// <param name="PreviousTarget">Last year's target of the same indicator, from the previous report, or null.</param>
/// <param name="Met">Whether last year's result met last year's target (<see cref="TargetTable.IsMet"/>); null when either is missing or their units differ.</param>
public sealed record TargetRow(string Measure, KeyTarget Target, KeyFigure? Result, KeyTarget? PreviousTarget = null, bool? Met = null);
