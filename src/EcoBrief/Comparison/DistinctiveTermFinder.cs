using System.Globalization;
using EcoBrief.Ingest;
using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>
/// Finds the distinctive terms of a new report: runs of Chinese characters of its tasks and
/// priorities that the old report's text never contains, that are units of the new text rather than
/// chance juxtapositions, ranked by use. Only the two texts decide: no word list, no dictionary.
/// </summary>
/// <remarks>
/// A candidate is every run of <see cref="MinLength"/>–<see cref="MaxLength"/> CJK characters inside
/// the tasks and priorities that neither starts nor ends with a function character (的, 和, 与, 是,
/// 在 …). It is kept when (1) the old text does not contain it; (2) the new text uses it at least
/// twice, or a task's title uses it; (3) it is maximal: its occurrences do not all have the same
/// character before it, nor all the same after it (else it is a fragment of a longer term);
/// (4) it is cohesive: its count is at least <see cref="MinCohesion"/> of the count of the more
/// frequent of its two one-character-shorter parts (推进农 is rare beside 推进, so it is a juxtaposition);
/// (5) it is not two of OLD's common words side by side: no split into parts of two characters or
/// more that OLD each uses at least once per <see cref="CommonPer"/> of its characters (完善 + 促进);
/// (6) it is no one-character variant of OLD's wording (one character fewer, one more, or one other).
/// The kept ones are ranked by count × cohesion × 2 when in a title × log2(length), ties by first use;
/// a term that is a substring or superstring of a better one, or whose occurrences are mostly inside
/// a better one's, is left out. Two-character words are not candidates: a two-character word missing
/// from last year's text is almost always chance (the genre's coinages of two characters are quoted,
/// and the quoted terms are found separately).
/// </remarks>
public static class DistinctiveTermFinder
{
    public const int MinLength = 3;
    public const int MaxLength = 8;
    public const double MinCohesion = 0.5;

    /// <summary>A word OLD uses once per this many of its Chinese characters, or more often, is one of its common words (at least 3 uses).</summary>
    public const int CommonPer = 2000;

    /// <summary>How many terms a comparison keeps.</summary>
    public const int Kept = 20;

    /// <summary>Characters that do not start or end a term: particles, conjunctions, prepositions.</summary>
    private const string Edge = "的和与及是在了对为把被将以并或等中上下其之而也都从向于要";

    /// <summary>The distinctive terms of <paramref name="new"/> against <paramref name="oldText"/>, best first; <paramref name="explain"/> gets a line per stage and per term kept.</summary>
    public static List<DistinctiveTerm> Find(string oldText, IngestedReport @new, IReadOnlyList<BriefingItem> items, ICollection<string>? explain = null)
    {
        var text = @new.Text;
        var scopes = items.Count == 0 ? [(0, text.Length)] : items.Select(i => (Math.Clamp(i.Span.Start, 0, text.Length), Math.Clamp(i.Span.End, 0, text.Length))).ToList();
        var titles = items.Select(i => i.Title).ToList();

        var oldGrams = new Dictionary<string, int>(StringComparer.Ordinal);
        var oldIdeographs = 0;
        foreach (var (start, end) in Runs(oldText, 0, oldText.Length))
        {
            oldIdeographs += end - start;
            for (var i = start; i < end; i++)
            {
                for (var n = 2; n <= MaxLength && i + n <= end; n++)
                {
                    var key = oldText.Substring(i, n);
                    oldGrams[key] = oldGrams.GetValueOrDefault(key) + 1;
                }
            }
        }

        // Two words OLD uses this often each are its common words: their juxtaposition is no new term.
        var commonUse = Math.Max(3, oldIdeographs / CommonPer);

        // Every n-gram of the new text (one shorter than the shortest too, for cohesion): count, neighbours.
        var stats = new Dictionary<string, Stat>(StringComparer.Ordinal);
        foreach (var (start, end) in Runs(text, 0, text.Length))
        {
            for (var i = start; i < end; i++)
            {
                for (var n = MinLength - 1; n <= MaxLength && i + n <= end; n++)
                {
                    var key = text.Substring(i, n);
                    var left = i > start ? text[i - 1] : '\0';
                    var right = i + n < end ? text[i + n] : '\0';
                    stats[key] = stats.TryGetValue(key, out var s) ? s.Add(left, right) : Stat.First(left, right);
                }
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var funnel = new int[7];
        var kept = new List<(string Term, Stat Stat, double Cohesion, bool InHeading, double Score, int FirstInScope)>();
        foreach (var (scopeStart, scopeEnd) in scopes)
        {
            foreach (var (start, end) in Runs(text, scopeStart, scopeEnd))
            {
                for (var i = start; i < end; i++)
                {
                    for (var n = MinLength; n <= MaxLength && i + n <= end; n++)
                    {
                        var term = text.Substring(i, n);
                        if (Edge.Contains(term[0], StringComparison.Ordinal) || Edge.Contains(term[^1], StringComparison.Ordinal) || !seen.Add(term))
                        {
                            continue;
                        }

                        funnel[0]++;
                        if (oldGrams.ContainsKey(term))
                        {
                            continue;
                        }

                        funnel[1]++;
                        var stat = stats[term];
                        var inHeading = titles.Any(t => t.Contains(term, StringComparison.Ordinal));
                        if (stat.Count < 2 && !inHeading)
                        {
                            continue;
                        }

                        funnel[2]++;
                        if (!stat.LeftOpen || !stat.RightOpen)
                        {
                            continue;
                        }

                        funnel[3]++;
                        var cohesion = (double)stat.Count / Math.Max(stats[term[..^1]].Count, stats[term[1..]].Count);
                        if (cohesion < MinCohesion)
                        {
                            continue;
                        }

                        funnel[4]++;
                        if (Juxtaposition(term, oldGrams, commonUse))
                        {
                            continue;
                        }

                        funnel[5]++;
                        if (Variant(term, oldText, oldGrams))
                        {
                            continue;
                        }

                        funnel[6]++;
                        var score = Math.Round(stat.Count * cohesion * (inHeading ? 2 : 1) * Math.Log2(term.Length), 3);
                        kept.Add((term, stat, Math.Round(cohesion, 3), inHeading, score, i));
                    }
                }
            }
        }

        var chosen = new List<DistinctiveTerm>();
        var covered = new HashSet<int>();
        foreach (var k in kept.OrderByDescending(k => k.Score).ThenBy(k => k.FirstInScope).ThenBy(k => k.Term, StringComparer.Ordinal))
        {
            if (chosen.Count == Kept)
            {
                break;
            }

            if (chosen.Any(c => c.Term.Contains(k.Term, StringComparison.Ordinal) || k.Term.Contains(c.Term, StringComparison.Ordinal)))
            {
                continue;
            }

            var positions = Occurrences(text, k.Term).SelectMany(p => Enumerable.Range(p, k.Term.Length)).ToList();
            if (positions.Count(covered.Contains) * 2 > positions.Count)
            {
                continue;
            }

            covered.UnionWith(positions);
            var (sentenceStart, sentenceEnd) = BriefingComparer.SentenceAround(text, k.FirstInScope);
            chosen.Add(new DistinctiveTerm(k.Term, k.Stat.Count, k.Cohesion, k.InHeading, k.Score, text[sentenceStart..sentenceEnd].Trim(),
                @new.SpanAt(k.FirstInScope, k.FirstInScope + k.Term.Length)));
        }

        if (explain is not null)
        {
            var inv = CultureInfo.InvariantCulture;
            explain.Add(string.Create(inv, $"distinctive terms: {funnel[0]} runs of {MinLength}-{MaxLength} characters in the {(items.Count == 0 ? "text" : "tasks and priorities")} (no function character at an edge); {funnel[1]} absent from OLD; {funnel[2]} used twice or in a title; {funnel[3]} maximal; {funnel[4]} cohesive (>= {MinCohesion:0.0}); {funnel[5]} not two words OLD uses {commonUse} times or more each; {funnel[6]} no one-character variant of OLD's wording; {chosen.Count} kept after overlaps"));
            foreach (var t in chosen)
            {
                explain.Add(string.Create(inv, $"  {t.Score,7:0.000}  {t.Term}  count {t.Count}, cohesion {t.Cohesion:0.00}{(t.InHeading ? ", in a title" : string.Empty)}, line {t.Span.Line}"));
            }
        }

        return chosen;
    }

    /// <summary>Whether the term splits into two parts of two characters or more that OLD uses at least <paramref name="commonUse"/> times each (完善 + 促进).</summary>
    private static bool Juxtaposition(string term, Dictionary<string, int> oldGrams, int commonUse)
    {
        for (var i = 2; i + 2 <= term.Length; i++)
        {
            if (oldGrams.GetValueOrDefault(term[..i]) >= commonUse && oldGrams.GetValueOrDefault(term[i..]) >= commonUse)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether OLD has the term with one character left out (保障改善民生 for 保障和改善民生; what is left
    /// has at least <see cref="MinLength"/> characters), one more (inside it), or, for four characters
    /// or more, one other (推进企业兼并重组 for 推动企业兼并重组): then NEW rewords OLD, it coins nothing.
    /// </summary>
    private static bool Variant(string term, string oldText, Dictionary<string, int> oldGrams)
    {
        for (var i = 0; i < term.Length; i++)
        {
            if (term.Length - 1 >= MinLength && oldGrams.ContainsKey(term.Remove(i, 1)))
            {
                return true;
            }
        }

        for (var i = 1; i < term.Length; i++)
        {
            if (AnyBetween(oldText, term[..i], term[i..], term[i], substitute: false))
            {
                return true;
            }
        }

        for (var i = 0; term.Length >= 4 && i < term.Length; i++)
        {
            if (AnyBetween(oldText, term[..i], term[(i + 1)..], term[i], substitute: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text has <paramref name="left"/>, one ideograph (other than <paramref name="replaced"/> when substituting), then <paramref name="right"/>.</summary>
    private static bool AnyBetween(string text, string left, string right, char replaced, bool substitute)
    {
        // Anchored on the longer side, so the search starts from few places.
        var anchor = left.Length >= right.Length ? left : right;
        for (var at = text.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = text.IndexOf(anchor, at + 1, StringComparison.Ordinal))
        {
            var start = ReferenceEquals(anchor, left) ? at : at - left.Length - 1;
            var middle = start + left.Length;
            if (start < 0 || middle + 1 + right.Length > text.Length || !IsIdeograph(text[middle]) || (substitute && text[middle] == replaced))
            {
                continue;
            }

            if (text.AsSpan(start, left.Length).SequenceEqual(left) && text.AsSpan(middle + 1, right.Length).SequenceEqual(right))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Maximal runs of CJK ideographs inside [from, to).</summary>
    private static IEnumerable<(int Start, int End)> Runs(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            while (i < to && !IsIdeograph(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < to && IsIdeograph(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return (start, i);
            }
        }
    }

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static IEnumerable<int> Occurrences(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>
    /// An n-gram's count and whether its neighbours vary: a side is open when an occurrence stands at
    /// the edge of its run (punctuation, a number, the end of a line) or two occurrences have different
    /// characters there.
    /// </summary>
    private readonly record struct Stat(int Count, char Left, char Right, bool LeftOpen, bool RightOpen)
    {
        public static Stat First(char left, char right) => new(1, left, right, left == '\0', right == '\0');

        public Stat Add(char left, char right) => new(Count + 1, Left, Right, LeftOpen || left == '\0' || left != Left, RightOpen || right == '\0' || right != Right);
    }
}
