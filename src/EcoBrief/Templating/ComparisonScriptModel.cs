using EcoBrief.Comparison;
using EcoBrief.Model;
using Scriban.Runtime;

namespace EcoBrief.Templating;

/// <summary>A comparison as the compare template sees it: plain script objects with snake_case names, as <see cref="BriefingScriptModel"/>.</summary>
internal static class ComparisonScriptModel
{
    public static void Import(ScriptObject global, BriefingComparison c)
    {
        var (oldLabel, newLabel) = SideLabels(c.Old, c.New);
        global.SetValue("old", Side(c.Old, oldLabel), readOnly: true);
        global.SetValue("new", Side(c.New, newLabel), readOnly: true);
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

    private static ScriptObject Side(ComparedSide s, string label) => new()
    {
        ["source"] = new ScriptObject { ["name"] = s.Source },
        ["meta"] = BriefingScriptModel.Meta(s.Meta),
        ["label"] = label,
    };

    /// <summary>
    /// What a column of each report is headed: its year when the years differ (2017年, 2018年: last
    /// year's report and this year's), else its region when those differ (two provinces of one year),
    /// else 旧文 and 新文.
    /// </summary>
    internal static (string Old, string New) SideLabels(ComparedSide old, ComparedSide @new)
    {
        var (oy, ny) = (Year(old), Year(@new));
        if (oy is not null && ny is not null && oy != ny)
        {
            return ($"{oy}年", $"{ny}年");
        }

        if (old.Meta.Region is { } or && @new.Meta.Region is { } nr && or != nr)
        {
            return (or, nr);
        }

        return ("旧文", "新文");
    }

    private static int? Year(ComparedSide s)
    {
        foreach (var text in new[] { s.Meta.Delivered ?? s.Meta.Published, s.Meta.Title, s.Source })
        {
            if (text is { Length: >= 4 } && int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 1949 and <= 2999)
            {
                return y;
            }
        }

        return null;
    }

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
