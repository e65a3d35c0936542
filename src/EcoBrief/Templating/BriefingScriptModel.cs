using EcoBrief.Comparison;
using EcoBrief.Model;
using Scriban.Runtime;

namespace EcoBrief.Templating;

/// <summary>
/// The briefing as templates see it: plain script objects with snake_case names, built by hand so
/// that no .NET object — and so no .NET member — is reachable from a template.
/// </summary>
internal static class BriefingScriptModel
{
    public static void Import(ScriptObject global, Briefing briefing, string sourceName, Briefing? previous = null)
    {
        global.SetValue("meta", Meta(briefing.Meta), readOnly: true);
        global.SetValue("achievements", Items(briefing.Achievements), readOnly: true);
        global.SetValue("challenges", Items(briefing.Challenges), readOnly: true);
        global.SetValue("tasks", Items(briefing.Tasks), readOnly: true);
        global.SetValue("priorities", Items(briefing.Priorities), readOnly: true);
        global.SetValue("figures", Figures(briefing.Figures), readOnly: true);
        global.SetValue("results", Figures(Results(briefing.Figures)), readOnly: true);
        global.SetValue("targets", Targets(briefing.Targets), readOnly: true);
        global.SetValue("headline", Entries(HeadlineFigures.Of(briefing)), readOnly: true);
        global.SetValue("key_data", Entries(HeadlineFigures.Of(briefing, KeyDataRows, fill: true)), readOnly: true);
        var targetRows = TargetTable.Of(briefing, previous);
        global.SetValue("target_table", TargetRows(targetRows), readOnly: true);
        global.SetValue("target_chart", new ChartScriptObject(TargetChart.Of(targetRows, previous is not null)), readOnly: true);
        global.SetValue("has_previous", previous is not null, readOnly: true);
        global.SetValue("confidence", Confidence(briefing.Confidence), readOnly: true);
        // A template sees each diagnostic as the line briefing.json holds.
        global.SetValue("warnings", Strings(briefing.Diagnostics.Select(d => d.Text)), readOnly: true);
        global.SetValue("source", new ScriptObject { ["name"] = sourceName }, readOnly: true);
    }

    /// <summary>How many rows the handout's table of key data holds at most: the cards' figures, then the best other results.</summary>
    private const int KeyDataRows = 12;

    internal static ScriptObject Meta(BriefingMeta m) => new()
    {
        ["title"] = m.Title,
        ["speaker"] = m.Speaker,
        ["role"] = m.Role,
        ["occasion"] = m.Occasion,
        ["published"] = m.Published,
        ["publication"] = m.Publication,
        ["delivered"] = m.Delivered,
        ["posted"] = m.Posted,
        ["source_url"] = m.SourceUrl,
        ["source_host"] = SourceCredit.Host(m.SourceUrl),
        ["region"] = m.Region,
        ["level"] = m.Level,
        ["source_line"] = SourceCredit.Of(m),
    };

    /// <summary>confidence.achievements.unsure / .value / .basis, and so for challenges, tasks, title, speaker.</summary>
    private static ScriptObject Confidence(BriefingConfidence c)
    {
        static ScriptObject Choice(ChoiceConfidence x) => new() { ["value"] = x.Value, ["unsure"] = x.Unsure, ["basis"] = x.Basis, ["runner_up"] = x.RunnerUp, ["period"] = x.Period };
        return new ScriptObject
        {
            ["achievements"] = Choice(c.Achievements),
            ["challenges"] = Choice(c.Challenges),
            ["tasks"] = Choice(c.Tasks),
            ["title"] = Choice(c.Title),
            ["speaker"] = Choice(c.Speaker),
            ["unsure_sections"] = Strings([.. c.UnsureSections()]),
        };
    }

    private static ScriptArray Items(IReadOnlyList<BriefingItem> items)
    {
        var array = new ScriptArray(items.Count);
        foreach (var i in items)
        {
            array.Add(new ScriptObject
            {
                ["title"] = i.Title,
                ["summary"] = i.Summary,
                ["points"] = Strings(i.Points),
                ["paragraphs"] = Strings(i.Paragraphs()),
                ["figures"] = Figures(i.Figures),
                ["span"] = Span(i.Span),
            });
        }

        return array;
    }

    private static ScriptArray Figures(IReadOnlyList<KeyFigure> figures)
    {
        var array = new ScriptArray(figures.Count);
        foreach (var f in figures)
        {
            array.Add(Figure(f));
        }

        return array;
    }

    /// <summary>Last year's results, for the cards: never a target; where no figure is placed in time, every one that is not a target.</summary>
    private static List<KeyFigure> Results(IReadOnlyList<KeyFigure> figures)
    {
        var results = figures.Where(f => f.Period == FigurePeriod.Result).ToList();
        return results.Count > 0 ? results : [.. figures.Where(f => f.Period != FigurePeriod.Target)];
    }

    /// <summary>The cards' entries (<see cref="HeadlineFigures"/>): what <c>key_figures</c> takes, with label, text and change as a figure has them.</summary>
    private static ScriptArray Entries(IReadOnlyList<KeyFigureEntry> entries)
    {
        var array = new ScriptArray(entries.Count);
        foreach (var e in entries)
        {
            array.Add(new FigureScriptObject(e)
            {
                ["label"] = e.Indicator,
                ["value"] = e.Value,
                ["unit"] = e.Unit,
                ["text"] = e.Text,
                ["qualifier"] = e.Qualifier,
                ["change"] = e.Change,
                ["period"] = e.Period,
                ["span"] = Span(e.Span),
            });
        }

        return array;
    }

    /// <summary>The 目标与实绩 rows: <c>label</c>, <c>rank</c> (importance), <c>target</c>, <c>result</c> (or null), <c>previous</c> (last year's target, or null), <c>met</c> (true, false or null).</summary>
    internal static ScriptArray TargetRows(IReadOnlyList<TargetRow> rows)
    {
        var array = new ScriptArray(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            array.Add(new ScriptObject
            {
                ["label"] = r.Target.Label,
                // The lexicon's order of importance, then the report's (array.sort target_table "rank").
                ["rank"] = (Lexicon.IndicatorLexicon.Of(r.Target.Label, r.Target.Unit)?.Rank ?? 1000) * 1000 + i,
                ["measure"] = r.Measure,
                ["target"] = Target(r.Target),
                ["result"] = r.Result is null ? null : Figure(r.Result),
                ["previous"] = r.PreviousTarget is null ? null : Target(r.PreviousTarget),
                ["met"] = r.Met,
            });
        }

        return array;
    }

    private static ScriptArray Targets(IReadOnlyList<KeyTarget> targets)
    {
        var array = new ScriptArray(targets.Count);
        foreach (var t in targets)
        {
            array.Add(Target(t));
        }

        return array;
    }

    internal static ScriptObject Target(KeyTarget t) => new FigureScriptObject(KeyFigureEntry.Of(t))
    {
        ["label"] = t.Label,
        ["value"] = t.Value,
        ["unit"] = t.Unit,
        ["text"] = t.Text,
        ["qualifier"] = t.Qualifier,
        ["span"] = Span(t.Span),
    };

    internal static ScriptObject Figure(KeyFigure f) => new FigureScriptObject(KeyFigureEntry.Of(f))
    {
        ["label"] = f.Label,
        ["value"] = f.Value,
        ["unit"] = f.Unit,
        ["text"] = f.Text,
        ["change"] = f.Change,
        ["qualifier"] = f.Qualifier,
        ["section"] = f.Section,
        ["period"] = f.Period,
        ["span"] = Span(f.Span),
    };

    internal static ScriptObject Span(SourceSpan s) => new() { ["start"] = s.Start, ["end"] = s.End, ["line"] = s.Line, ["where"] = s.Where, ["outline"] = s.Outline };

    private static ScriptArray Strings(IEnumerable<string> strings)
    {
        var array = new ScriptArray();
        foreach (var s in strings)
        {
            array.Add(s);
        }

        return array;
    }
}
