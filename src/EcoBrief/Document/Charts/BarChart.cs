namespace EcoBrief.Document.Charts;

/// <summary>
/// A chart of horizontal bars, as data: one group a row (an indicator, a region), one bar a series in
/// each group (上年实绩, 今年目标), every bar with its number and the text it is written as (5%左右).
/// Writers draw it their own way — the layout engine on a page, SVG in HTML — from the same values.
/// </summary>
/// <param name="Title">What the chart shows.</param>
/// <param name="Series">The names of the series, in the order of each group's bars; one series needs no legend.</param>
/// <param name="Groups">The rows, in the order drawn.</param>
/// <param name="Note">A line under the chart (the unit, where the figures come from), or null.</param>
public sealed record BarChart(string Title, IReadOnlyList<string> Series, IReadOnlyList<BarGroup> Groups, string? Note = null)
{
    /// <summary>The largest value drawn: the scale's end.</summary>
    public decimal Max => Groups.SelectMany(g => g.Bars).Where(b => b is not null).Select(b => b!.Value).DefaultIfEmpty(0).Max();

    /// <summary>Where a bar of <paramref name="value"/> ends, as a share of the scale (0–1); values below zero draw none.</summary>
    public double Share(decimal value) => Max <= 0 || value <= 0 ? 0 : (double)(value / Max);
}

/// <summary>One row of a <see cref="BarChart"/>: its label and a bar per series (null where it has none).</summary>
public sealed record BarGroup(string Label, IReadOnlyList<Bar?> Bars);

/// <summary>A bar: its value and its text as written (5%—5.5%, 30微克/立方米).</summary>
public sealed record Bar(decimal Value, string Text);
