using EcoBrief.Comparison;
using EcoBrief.Model;
using Scriban.Runtime;

namespace EcoBrief.Templating;

/// <summary>A comparison as the compare template sees it: plain script objects with snake_case names, as <see cref="BriefingScriptModel"/>.</summary>
internal static class ComparisonScriptModel
{
    public static void Import(ScriptObject global, BriefingComparison c)
    {
        global.SetValue("old", Side(c.Old), readOnly: true);
        global.SetValue("new", Side(c.New), readOnly: true);
        global.SetValue("targets", Array(c.Targets, t => new ScriptObject
        {
            ["measure"] = t.Measure,
            ["change"] = t.Change,
            ["old"] = t.Old is null ? null : BriefingScriptModel.Target(t.Old),
            ["new"] = t.New is null ? null : BriefingScriptModel.Target(t.New),
            ["difference"] = t.Difference,
        }), readOnly: true);
        global.SetValue("results", Array(c.Results, r => new ScriptObject
        {
            ["measure"] = r.Measure,
            ["old"] = r.Old is null ? null : BriefingScriptModel.Figure(r.Old),
            ["new"] = r.New is null ? null : BriefingScriptModel.Figure(r.New),
            ["difference"] = r.Difference,
        }), readOnly: true);
        global.SetValue("tasks", Items(c.Tasks), readOnly: true);
        global.SetValue("priorities", Items(c.Priorities), readOnly: true);
        global.SetValue("new_phrases", Array(c.NewPhrases, p => new ScriptObject
        {
            ["term"] = p.Term,
            ["count"] = p.Count,
            ["sentence"] = p.Sentence,
            ["span"] = BriefingScriptModel.Span(p.Span),
        }), readOnly: true);
        global.SetValue("distinctive_terms", Array(c.DistinctiveTerms, t => new ScriptObject
        {
            ["term"] = t.Term,
            ["count"] = t.Count,
            ["cohesion"] = t.Cohesion,
            ["in_heading"] = t.InHeading,
            ["score"] = t.Score,
            ["sentence"] = t.Sentence,
            ["span"] = BriefingScriptModel.Span(t.Span),
        }), readOnly: true);
        global.SetValue("has_changes", c.HasChanges, readOnly: true);
        global.SetValue("threshold", c.Threshold, readOnly: true);
    }

    private static ScriptObject Side(ComparedSide s) => new()
    {
        ["source"] = new ScriptObject { ["name"] = s.Source },
        ["meta"] = BriefingScriptModel.Meta(s.Meta),
    };

    private static ScriptObject Items(ItemComparison c) => new()
    {
        ["pairs"] = Array(c.Pairs, p => new ScriptObject
        {
            ["old"] = Ref(p.Old),
            ["new"] = Ref(p.New),
            ["score"] = p.Score,
            ["shared"] = Array(p.Shared, s => s),
        }),
        ["new"] = Array(c.New, Ref),
        ["dropped"] = Array(c.Dropped, Ref),
    };

    private static ScriptObject Ref(ItemRef r) => new() { ["index"] = r.Index, ["title"] = r.Title, ["span"] = BriefingScriptModel.Span(r.Span) };

    private static ScriptArray Array<T>(IReadOnlyList<T> items, Func<T, object?> convert)
    {
        var array = new ScriptArray(items.Count);
        foreach (var item in items)
        {
            array.Add(convert(item));
        }

        return array;
    }
}
