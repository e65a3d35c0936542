using System.Text.RegularExpressions;

namespace EcoBrief.Lexicon;

/// <summary>
/// The headline indicators of the genre, in their order of importance, read from the lexicon's data
/// (<c>Lexicon/indicators.tsv</c>, embedded): the one list the figures' ranking, the summary's cards,
/// the targets table, the comparison and the overview all go by. Rules as data with examples, after
/// Duckling's <c>Rules.hs</c> beside its <c>Corpus.hs</c>: <c>indicator-examples.tsv</c> is its test.
/// </summary>
public static partial class IndicatorLexicon
{
    private static readonly Lazy<IReadOnlyList<Indicator>> Loaded = new(Load);

    /// <summary>Every indicator, in order of importance.</summary>
    public static IReadOnlyList<Indicator> All => Loaded.Value;

    /// <summary>The indicator <paramref name="label"/> names, whatever its unit; null when none.</summary>
    public static Indicator? Of(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        foreach (var i in All)
        {
            if (i.Names(label))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// The indicator a figure of <paramref name="label"/> in <paramref name="unit"/> is; null when the label
    /// names none, names one whose figures take another unit, or measures only an increment of its level
    /// (收入净增583元 · 财政收入比上年增加150亿元: a change in the level's unit, where the lexicon says the
    /// indicator's figure is not one).
    /// </summary>
    public static Indicator? Of(string label, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Of(label) is { } i && i.Takes(unit) && (i.CountsChange || !IsIncrement(label, unit)) ? i : null;
    }

    /// <summary>
    /// A figure in a level's unit whose label ends with a verb of change: 净增 · 比上年增加 · 增长 · 减少 ·
    /// 多增 · 增收 (人均纯收入增加583元, 生产总值增长1000亿元) — how much the level moved, not the level.
    /// </summary>
    internal static bool IsIncrement(string label, string unit)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(unit);
        return !Units.IsRate(unit) && IncrementEnd().IsMatch(label);
    }

    [GeneratedRegex(@"(?:净增加?|净减少?|增加|减少|增长|下降|多增|少增|增收|减收|增量|增产|减产)了?$")]
    private static partial Regex IncrementEnd();

    /// <summary>The indicator of id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No indicator has that id.</exception>
    public static Indicator Get(string id) => All.FirstOrDefault(i => i.Id == id) ?? throw new KeyNotFoundException($"no indicator '{id}' in the lexicon");

    /// <summary>Parses the lexicon's lines (tab-separated: id, group, measure, terms, not, units, card, total, better, change; # comments).</summary>
    /// <exception cref="FormatException">A line is malformed: its number and what is wrong.</exception>
    internal static List<Indicator> Parse(string text)
    {
        var result = new List<Indicator>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 10)
            {
                throw new FormatException($"indicators.tsv({n + 1}): expected 10 tab-separated fields, found {f.Length}");
            }

            if (f[6] is not ("rate" or "level") || f[8] is not ("higher" or "lower") || f[9] is not ("yes" or "no"))
            {
                throw new FormatException($"indicators.tsv({n + 1}): card is rate or level, better is higher or lower, change is yes or no");
            }

            const RegexOptions options = RegexOptions.CultureInvariant;
            result.Add(new Indicator(f[0], f[1], f[2], result.Count, f[5].Split('|'), f[6] == "rate", f[7] == "-" ? null : f[7], f[8] == "higher", f[9] == "yes")
            {
                Terms = new Regex(f[3], options, TimeSpan.FromSeconds(1)),
                Not = f[4].Length == 0 ? null : new Regex(f[4], options, TimeSpan.FromSeconds(1)),
            });
        }

        return result;
    }

    private static List<Indicator> Load()
    {
        using var stream = typeof(IndicatorLexicon).Assembly.GetManifestResourceStream("lexicon/indicators.tsv")
            ?? throw new InvalidOperationException("the indicator lexicon is not embedded (lexicon/indicators.tsv)");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
