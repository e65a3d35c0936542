using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>One of the main targets, as the two reports set it.</summary>
/// <param name="Measure">What it measures, with the wording that does not change what is measured taken out (<see cref="IndicatorName"/>).</param>
/// <param name="Change">One of <see cref="ChangeKind"/>.</param>
/// <param name="Old">The old report's target; null when it is new.</param>
/// <param name="New">The new report's target; null when it was dropped.</param>
/// <param name="Difference">New value minus old value in the unit (个百分点 for %), when both have the same unit; else null.</param>
public sealed record TargetChange(string Measure, string Change, KeyTarget? Old, KeyTarget? New, string? Difference);
