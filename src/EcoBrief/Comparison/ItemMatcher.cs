using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>
/// Matches two lists of items by meaning: each item is a vector of its character bigrams (the
/// title's counted <see cref="TitleWeight"/> times, then the first <see cref="BodyChars"/> characters of the summary and points), weighted by
/// TF-IDF over the items of both lists, and two items are as similar as the cosine of their
/// vectors. Pairs at or above the threshold are taken greedily by descending score, each item at
/// most once; ties go to the earlier old item, then the earlier new one. No segmenter, no
/// dictionary, no randomness: the same two lists always give the same pairs.
/// </summary>
/// <remarks>
/// Bigrams rather than words: most Chinese words of this genre are two characters, a bigram never
/// depends on where a segmenter cuts (it cuts new policy terms such as 放管服 or 三去一降一补 badly),
/// and a shared bigram is a reason a reader can check (<see cref="ItemPair.Shared"/>).
/// </remarks>
public static class ItemMatcher
{
    /// <summary>The least cosine similarity at which two items are a pair (chosen on the hand-labelled pairs of the corpus; see the README).</summary>
    public const double DefaultThreshold = 0.18;

    /// <summary>How many times the title's bigrams count against the body's: the title says what the item is about.</summary>
    public const int TitleWeight = 3;

    /// <summary>
    /// How much of an item's body counts: what an item is about is in its first sentences, and the last
    /// item of a list can run on to the end of the report (the government's own conduct, the closing
    /// words), which would otherwise make it match anything.
    /// </summary>
    public const int BodyChars = 1200;

    private const int SharedShown = 5;

    /// <summary>Every score, for <c>--explain</c>: [old, new].</summary>
    public static double[,] Scores(IReadOnlyList<BriefingItem> old, IReadOnlyList<BriefingItem> @new)
    {
        var (oldVectors, newVectors) = Vectors(old, @new);
        var scores = new double[old.Count, @new.Count];
        for (var i = 0; i < old.Count; i++)
        {
            for (var j = 0; j < @new.Count; j++)
            {
                scores[i, j] = Math.Round(Cosine(oldVectors[i], newVectors[j]), 3);
            }
        }

        return scores;
    }

    /// <summary>Matches <paramref name="old"/> with <paramref name="new"/> one to one.</summary>
    public static ItemComparison Match(IReadOnlyList<BriefingItem> old, IReadOnlyList<BriefingItem> @new, double threshold = DefaultThreshold)
    {
        var (oldVectors, newVectors) = Vectors(old, @new);
        var candidates = new List<(int Old, int New, double Score)>();
        for (var i = 0; i < old.Count; i++)
        {
            for (var j = 0; j < @new.Count; j++)
            {
                var score = Math.Round(Cosine(oldVectors[i], newVectors[j]), 3);
                if (score >= threshold)
                {
                    candidates.Add((i, j, score));
                }
            }
        }

        var oldTaken = new bool[old.Count];
        var newTaken = new bool[@new.Count];
        var pairs = new List<ItemPair>();
        foreach (var (i, j, score) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Old).ThenBy(c => c.New))
        {
            if (oldTaken[i] || newTaken[j])
            {
                continue;
            }

            oldTaken[i] = newTaken[j] = true;
            pairs.Add(new ItemPair(ItemRef.Of(old, i), ItemRef.Of(@new, j), score, Shared(oldVectors[i], newVectors[j])));
        }

        return new ItemComparison(
            [.. pairs.OrderBy(p => p.New.Index)],
            [.. Enumerable.Range(0, @new.Count).Where(j => !newTaken[j]).Select(j => ItemRef.Of(@new, j))],
            [.. Enumerable.Range(0, old.Count).Where(i => !oldTaken[i]).Select(i => ItemRef.Of(old, i))]);
    }

    /// <summary>The character bigrams of a text: pairs of neighbouring letters, digits or ideographs, never across punctuation or space.</summary>
    public static IEnumerable<string> Bigrams(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i + 1]))
            {
                yield return text.Substring(i, 2);
            }
        }
    }

    private static (List<Dictionary<string, double>> Old, List<Dictionary<string, double>> New) Vectors(IReadOnlyList<BriefingItem> old, IReadOnlyList<BriefingItem> @new)
    {
        var counts = old.Concat(@new).Select(Counts).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bigram in counts.SelectMany(c => c.Keys))
        {
            documentFrequency[bigram] = documentFrequency.GetValueOrDefault(bigram) + 1;
        }

        var n = counts.Count;
        var vectors = counts.Select(c => c.ToDictionary(
            kv => kv.Key,
            kv => (1 + Math.Log(kv.Value)) * (Math.Log((1.0 + n) / (1.0 + documentFrequency[kv.Key])) + 1),
            StringComparer.Ordinal)).ToList();
        return (vectors.Take(old.Count).ToList(), vectors.Skip(old.Count).ToList());
    }

    private static Dictionary<string, int> Counts(BriefingItem item)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bigram in Bigrams(item.Title))
        {
            counts[bigram] = counts.GetValueOrDefault(bigram) + TitleWeight;
        }

        var body = string.Join("\n", item.Points.Prepend(item.Summary));
        body = body.Length > BodyChars ? body[..BodyChars] : body;
        foreach (var bigram in Bigrams(body))
        {
            counts[bigram] = counts.GetValueOrDefault(bigram) + 1;
        }

        return counts;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        // Summed in a fixed order, so the score does not depend on a dictionary's order.
        foreach (var key in small.Keys.Order(StringComparer.Ordinal))
        {
            if (large.TryGetValue(key, out var w))
            {
                dot += small[key] * w;
            }
        }

        return dot == 0 ? 0 : Math.Min(1, dot / (Norm(a) * Norm(b)));
    }

    private static double Norm(Dictionary<string, double> v) => Math.Sqrt(v.Keys.Order(StringComparer.Ordinal).Sum(k => v[k] * v[k]));

    private static List<string> Shared(Dictionary<string, double> a, Dictionary<string, double> b) =>
        [.. a.Keys.Where(b.ContainsKey).OrderByDescending(k => a[k] * b[k]).ThenBy(k => k, StringComparer.Ordinal).Take(SharedShown)];
}
