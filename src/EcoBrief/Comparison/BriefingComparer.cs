using System.Globalization;
using System.Text.RegularExpressions;
using EcoBrief.Extraction;
using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>Compares two reports of the genre: targets, headline results, tasks and priorities, new phrases.</summary>
public static partial class BriefingComparer
{
    /// <summary>How many headline results of each report are set side by side.</summary>
    public const int HeadlineResults = 8;

    public static BriefingComparison Compare(ExtractedReport old, ExtractedReport @new, double threshold = ItemMatcher.DefaultThreshold)
    {
        var phrases = NewPhrases(old.Report.Text, @new);
        return new(
            new ComparedSide(old.Source, old.Briefing.Meta),
            new ComparedSide(@new.Source, @new.Briefing.Meta),
            Targets(old.Briefing.Targets, @new.Briefing.Targets),
            Results(old.Briefing.Figures, @new.Briefing.Figures),
            ItemMatcher.Match(old.Briefing.Tasks, @new.Briefing.Tasks, threshold),
            ItemMatcher.Match(old.Briefing.Priorities, @new.Briefing.Priorities, threshold),
            phrases,
            DistinctiveTerms(old, @new, phrases),
            threshold);
    }

    /// <summary>The items whose text the distinctive terms are taken from: the tasks and the priorities.</summary>
    public static List<BriefingItem> TermScope(Briefing briefing) => [.. briefing.Tasks, .. briefing.Priorities];

    /// <summary>
    /// <see cref="DistinctiveTermFinder"/>'s terms of NEW, without those a quoted new phrase already
    /// holds (they are listed there); <paramref name="explain"/> gets how they were found.
    /// </summary>
    public static List<DistinctiveTerm> DistinctiveTerms(ExtractedReport old, ExtractedReport @new, IReadOnlyList<NewPhrase> phrases, ICollection<string>? explain = null)
    {
        var found = DistinctiveTermFinder.Find(old.Report.Text, @new.Report, TermScope(@new.Briefing), explain);
        var quoted = found.Where(t => phrases.Any(p => p.Term.Contains(t.Term, StringComparison.Ordinal))).ToList();
        if (explain is not null && quoted.Count > 0)
        {
            explain.Add($"  left out, inside a quoted new phrase: {string.Join(" ", quoted.Select(t => t.Term))}");
        }

        return [.. found.Except(quoted)];
    }

    /// <summary>Targets matched by measure (the first of a measure in each report), in the new report's order, then the dropped ones in the old one's.</summary>
    public static List<TargetChange> Targets(IReadOnlyList<KeyTarget> old, IReadOnlyList<KeyTarget> @new)
    {
        var oldByMeasure = FirstByKey(old, t => IndicatorName.Measure(t.Label));
        var newByMeasure = FirstByKey(@new, t => IndicatorName.Measure(t.Label));
        var changes = new List<TargetChange>();
        foreach (var (measure, n) in newByMeasure)
        {
            if (!oldByMeasure.TryGetValue(measure, out var o))
            {
                changes.Add(new TargetChange(measure, ChangeKind.New, null, n, null));
                continue;
            }

            var same = o.Value == n.Value && o.Unit == n.Unit && o.Qualifier == n.Qualifier;
            changes.Add(new TargetChange(measure, same ? ChangeKind.Unchanged : ChangeKind.Changed, o, n, Difference(o.Value, o.Unit, n.Value, n.Unit)));
        }

        changes.AddRange(oldByMeasure.Where(kv => !newByMeasure.ContainsKey(kv.Key)).Select(kv => new TargetChange(kv.Key, ChangeKind.Dropped, kv.Value, null, null)));
        return changes;
    }

    /// <summary>
    /// The first <see cref="HeadlineResults"/> results of the new report, each beside the old report's
    /// result of the same indicator and unit where it has one, and the old report's first ones beside
    /// the new report's where it has them; those both state come first.
    /// </summary>
    public static List<ResultComparison> Results(IReadOnlyList<KeyFigure> old, IReadOnlyList<KeyFigure> @new)
    {
        // One indicator of the lexicon is one row whatever each report calls it (全省地区生产总值增长, 经济增长)
        // and whatever magnitude it counts in (67.7万亿元, 677000亿元); else the measure and the unit.
        static string Key(KeyFigure f) => Lexicon.IndicatorLexicon.Of(f.Label, f.Unit) is { } i
            ? i.Id + "\u0001" + (Lexicon.Units.IsRate(f.Unit) ? "%" : Magnitudes.Base(f.Unit))
            : IndicatorName.Measure(f.Label) + "\u0001" + f.Unit;
        var oldResults = FirstByKey(old.Where(f => f.Period == FigurePeriod.Result), Key);
        var newResults = FirstByKey(@new.Where(f => f.Period == FigurePeriod.Result), Key);
        var rows = new List<ResultComparison>();
        var paired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, n) in newResults.Take(HeadlineResults))
        {
            var o = oldResults.GetValueOrDefault(key);
            if (o is not null)
            {
                paired.Add(key);
            }

            rows.Add(new ResultComparison(IndicatorName.Measure(n.Label), o, n, o is null ? null : Difference(o.Value, o.Unit, n.Value, n.Unit)));
        }

        foreach (var (key, o) in oldResults.Take(HeadlineResults).Where(kv => !paired.Contains(kv.Key)))
        {
            // The new report may state it further down its ranking: paired there, not shown as missing.
            if (newResults.TryGetValue(key, out var n))
            {
                rows.Add(new ResultComparison(IndicatorName.Measure(o.Label), o, n, Difference(o.Value, o.Unit, n.Value, n.Unit)));
            }
            else
            {
                rows.Add(new ResultComparison(IndicatorName.Measure(o.Label), o, null, null));
            }
        }

        // Those both reports state first: they are what a reader compares.
        return [.. rows.Where(r => r.Old is not null && r.New is not null).Concat(rows.Where(r => r.Old is null || r.New is null))];
    }

    /// <summary>New minus old, signed, in the new unit (个百分点 for a percentage; 亿元 and 万亿元 converted); null when the units differ otherwise.</summary>
    public static string? Difference(decimal oldValue, string oldUnit, decimal newValue, string newUnit)
    {
        if (oldUnit != newUnit && Magnitudes.Convert(oldValue, oldUnit, newUnit) is { } converted)
        {
            (oldValue, oldUnit) = (converted, newUnit);
        }

        if (oldUnit != newUnit)
        {
            return null;
        }

        var d = newValue - oldValue;
        var unit = newUnit == "%" ? "个百分点" : newUnit;
        var sign = d > 0 ? "+" : d < 0 ? "−" : "±";
        return sign + Math.Abs(d).ToString("0.####", CultureInfo.InvariantCulture) + unit;
    }

    /// <summary>Quoted terms of the new text that the old text never contains, most quoted first, then in order of first use.</summary>
    public static List<NewPhrase> NewPhrases(string oldText, ExtractedReport @new)
    {
        var text = @new.Report.Text;
        var found = new Dictionary<string, (int Count, int Start)>(StringComparer.Ordinal);
        foreach (Match m in Quoted().Matches(text))
        {
            var term = m.Groups[1].Value.Trim();
            if (term.Length < 2 || oldText.Contains(term, StringComparison.Ordinal) || IsProperName(term, text, m.Index + m.Length))
            {
                continue;
            }

            found[term] = found.TryGetValue(term, out var f) ? (f.Count + 1, f.Start) : (1, m.Index);
        }

        return [.. found.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.Start).Select(kv =>
        {
            var (start, end) = SentenceAround(text, kv.Value.Start);
            var span = @new.Report.SpanAt(kv.Value.Start, kv.Value.Start + kv.Key.Length + 2);
            return new NewPhrase(kv.Key, kv.Value.Count, text[start..end].Trim(), span);
        })];
    }

    /// <summary>The sentence around offset <paramref name="at"/>: from after the previous 。！？； or line end to the next one.</summary>
    internal static (int Start, int End) SentenceAround(string text, int at)
    {
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny(SentenceEnds, at);
        end = end < 0 ? text.Length : end + (text[end] == '\n' ? 0 : 1);
        return (start, end);
    }

    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '\n'];

    private static Dictionary<string, T> FirstByKey<T>(IEnumerable<T> items, Func<T, string> key)
    {
        // Insertion order is the report's order; only the first of a key is kept.
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            first.TryAdd(key(item), item);
        }

        return first;
    }

    /// <summary>
    /// A quoted name of a craft, a vessel or a machine (“天问一号”, “奋斗者”号, “复兴号”, “天宫”空间站): a
    /// year's news, not a new way of putting policy, so no 新提法.
    /// </summary>
    internal static bool IsProperName(string term, string text, int after) =>
        NamedCraft().IsMatch(term) || CraftAfter().IsMatch(text.AsSpan(after, Math.Min(6, text.Length - after)));

    [GeneratedRegex(@"号$")]
    private static partial Regex NamedCraft();

    [GeneratedRegex(@"^(?:号|舰|艇|轮|空间站|卫星|飞船|探测器|火箭|望远镜|客机|大飞机|动车组|列车)")]
    private static partial Regex CraftAfter();

    /// <summary>A term in Chinese quotation marks, on one line, of at most 24 characters (longer ones are quotations, not terms).</summary>
    [GeneratedRegex("“([^“”\n]{2,24})”")]
    private static partial Regex Quoted();
}
