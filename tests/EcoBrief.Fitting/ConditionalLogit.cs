using EcoBrief.Extraction.Scoring;

namespace EcoBrief.Fitting;

/// <summary>
/// A conditional logit (softmax over the candidates of each decision) fitted by gradient descent with
/// an L2 penalty: the weights under which the candidates the keys call right are most probable.
/// Deterministic: the same examples give the same weights, bit for bit.
/// </summary>
internal static class ConditionalLogit
{
    /// <summary>A decision to learn from: each candidate's features (by index) and the share of the right answer it holds.</summary>
    /// <param name="F1">How well each candidate's items match the keys.</param>
    public sealed record Example(string Report, IReadOnlyList<(int Feature, double Value)[]> Candidates, IReadOnlyList<double> Target, IReadOnlyList<double> F1)
    {
        /// <summary>The target is a set of right candidates, not a distribution: the model may spread its probability over them as it likes (the log of their total is maximised).</summary>
        public bool Partial { get; init; }
    }

    public static double[] Fit(IReadOnlyList<Example> examples, int features, double l2, int iterations = 3000, double rate = 0.5)
    {
        var w = new double[features];
        var grad = new double[features];
        for (var it = 0; it < iterations; it++)
        {
            Array.Clear(grad);
            foreach (var e in examples)
            {
                var p = Probabilities(e.Candidates, w);
                var inSet = e.Partial ? Enumerable.Range(0, p.Length).Where(c => e.Target[c] > 0).Sum(c => p[c]) : 1;
                for (var c = 0; c < e.Candidates.Count; c++)
                {
                    var target = e.Partial ? (e.Target[c] > 0 ? p[c] / inSet : 0) : e.Target[c];
                    var d = p[c] - target;
                    foreach (var (f, v) in e.Candidates[c])
                    {
                        grad[f] += d * v;
                    }
                }
            }

            var n = Math.Max(1, examples.Count);
            for (var f = 0; f < features; f++)
            {
                w[f] -= rate * ((grad[f] / n) + (l2 * w[f]));
            }
        }

        return w;
    }

    public static double[] Probabilities(IReadOnlyList<(int Feature, double Value)[]> candidates, double[] w)
    {
        var scores = candidates.Select(c => Score(c, w)).ToArray();
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(x => x / sum)];
    }

    /// <summary>
    /// A logistic regression by the same gradient descent: each example one candidate against nothing,
    /// so that its score is its log-odds. The conditional logit's special case of two candidates, one
    /// empty, written for many examples (figures, not lists: thousands a report set). Examples with the
    /// same features are one term of the loss, weighed by how many they are and how many of them are
    /// right: the same objective, with a term a distinct feature record instead of one an example.
    /// </summary>
    public static double[] FitBinary(IReadOnlyList<((int Feature, double Value)[] X, bool Y)> examples, int features, double l2, int iterations = 3000, double rate = 0.5)
    {
        var groups = new List<((int Feature, double Value)[] X, double Count, double Right)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (x, y) in examples)
        {
            var key = string.Join(' ', x.Select(v => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{v.Feature}:{v.Value:R}")));
            if (!index.TryGetValue(key, out var g))
            {
                index[key] = g = groups.Count;
                groups.Add((x, 0, 0));
            }

            groups[g] = (groups[g].X, groups[g].Count + 1, groups[g].Right + (y ? 1 : 0));
        }

        var w = new double[features];
        var grad = new double[features];
        var n = Math.Max(1, examples.Count);
        for (var it = 0; it < iterations; it++)
        {
            Array.Clear(grad);
            foreach (var (x, count, right) in groups)
            {
                var d = (count * LinearModel.Logistic(Score(x, w))) - right;
                foreach (var (f, v) in x)
                {
                    grad[f] += d * v;
                }
            }

            for (var f = 0; f < features; f++)
            {
                w[f] -= rate * ((grad[f] / n) + (l2 * w[f]));
            }
        }

        return w;
    }

    public static double Score((int Feature, double Value)[] x, double[] w)
    {
        var s = 0.0;
        foreach (var (f, v) in x)
        {
            s += w[f] * v;
        }

        return s;
    }
}
