using System.Globalization;
using System.Reflection;

namespace EcoBrief.Extraction.Scoring;

/// <summary>
/// The fitted weights of one decision: a candidate's score is the sum of its features' weights times
/// their values; among competing candidates the probability of each is the softmax of their scores
/// (a conditional logit). The weights are data, written by the fitting tool
/// (<c>tests/EcoBrief.Fitting</c>) from the answer keys and embedded from <c>Extraction/Weights/NAME.tsv</c>;
/// no weight is set by hand in code. A feature the file does not name weighs nothing.
/// </summary>
internal sealed class LinearModel
{
    private readonly Dictionary<string, double> _weights;

    public LinearModel(string name, IReadOnlyDictionary<string, double> weights)
    {
        Name = name;
        _weights = new Dictionary<string, double>(weights, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public double Weight(string feature) => _weights.GetValueOrDefault(feature);

    public double Score(Features features) => features.Values.Sum(v => Weight(v.Name) * v.Value);

    /// <summary>Each feature's part in the score, largest first: what <c>--explain</c> prints.</summary>
    public IEnumerable<(string Feature, double Part)> Parts(Features features) =>
        features.Values.Select(v => (v.Name, Weight(v.Name) * v.Value)).Where(p => p.Item2 != 0).OrderByDescending(p => Math.Abs(p.Item2)).ThenBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>The softmax of <paramref name="scores"/>: each candidate's probability of being the right one.</summary>
    public static double[] Probabilities(IReadOnlyList<double> scores)
    {
        if (scores.Count == 0)
        {
            return [];
        }

        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(e => e / sum)];
    }

    /// <summary>The chance a score in log-odds gives (the logistic function): what a model fitted as a logistic regression scores.</summary>
    public static double Logistic(double score) => 1 / (1 + Math.Exp(-score));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LinearModel> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// Where the fitting tool has the weights read from instead of the library's own, so that fitting
    /// one decision after another sees the weights just written; null (always, outside the tool) reads
    /// the embedded ones.
    /// </summary>
    internal static string? FittingDirectory { get; set; }

    /// <summary>The fitted weights of <paramref name="name"/> embedded in the library (weights/NAME.tsv), read once.</summary>
    public static LinearModel Embedded(string name) => Loaded.GetOrAdd(name, Load);

    /// <summary>Forgets the weights read so far (the fitting tool, after writing new ones).</summary>
    internal static void Reload() => Loaded.Clear();

    private static LinearModel Load(string name)
    {
        if (FittingDirectory is { } directory)
        {
            return Parse(name, System.Text.Encoding.UTF8.GetString(IO.RegularFile.ReadAllBytes(Path.Combine(directory, name + ".tsv"), IO.InputLimits.Megabyte, "weights file")));
        }

        using var stream = typeof(LinearModel).Assembly.GetManifestResourceStream($"weights/{name}.tsv")
            ?? throw new InvalidOperationException($"no fitted weights for '{name}' (weights/{name}.tsv is not embedded)");
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd());
    }

    /// <summary>Parses a weights file: <c>feature TAB weight</c> a line, perhaps with a TAB and a note after it; <c>#</c> starts a comment line.</summary>
    public static LinearModel Parse(string name, string text)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var end = tab < 0 ? -1 : line.IndexOf('\t', tab + 1);
            var number = tab < 0 ? ReadOnlySpan<char>.Empty : end < 0 ? line.AsSpan(tab + 1) : line.AsSpan(tab + 1, end - tab - 1);
            if (tab <= 0 || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                throw new FormatException($"weights/{name}.tsv: not 'feature<TAB>weight': {line}");
            }

            weights[line[..tab]] = w;
        }

        return new LinearModel(name, weights);
    }
}
