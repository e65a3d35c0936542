using EcoBrief.Comparison;
using EcoBrief.Document.Charts;
using EcoBrief.Lexicon;

namespace EcoBrief.Templating;

/// <summary>
/// The handout's chart of 目标与实绩: for each target in % that last year's result (or, with last year's
/// report, last year's target) stands beside, its bars — 上年目标, 上年实绩, 今年目标 — in the lexicon's
/// order of importance; at most <see cref="MaxRows"/>. Values as written (a range target drawn at its
/// lower end, its text as the report gives it).
/// </summary>
internal static class TargetChart
{
    public const int MaxRows = 10;

    public static BarChart Of(IReadOnlyList<TargetRow> rows, bool previous)
    {
        var shown = rows
            .Select((r, i) => (Row: r, Rank: (IndicatorLexicon.Of(r.Target.Label, r.Target.Unit)?.Rank ?? 1000) * 1000 + i))
            .Where(x => x.Row.Target.Unit == "%" && (x.Row.Result is { Unit: "%" } || x.Row.PreviousTarget is { Unit: "%" }))
            .OrderBy(x => x.Rank)
            .Take(MaxRows)
            .Select(x => x.Row)
            .ToList();
        var groups = shown.Select(r =>
        {
            var bars = new List<Bar?>();
            if (previous)
            {
                bars.Add(r.PreviousTarget is { Unit: "%" } p ? new Bar(p.Value, p.Text) : null);
            }

            bars.Add(r.Result is { Unit: "%" } f ? new Bar(f.Value, f.Text) : null);
            bars.Add(new Bar(r.Target.Value, r.Target.Text));
            return new BarGroup(r.Target.Label, bars);
        }).ToList();
        string[] series = previous ? ["上年目标", "上年实绩", "今年目标"] : ["上年实绩", "今年目标"];
        return new BarChart(previous ? "上年实绩对照上年目标与今年目标（%）" : "上年实绩与今年目标（%）", series, groups, "数值照原文；区间目标按下限画出。");
    }
}
