using System.Text.Json;

namespace EcoBrief.Fitting;

/// <summary>A report with its answer key: the text's path and the keys of each category.</summary>
internal sealed record KeyedReport(string Name, string TextPath, IReadOnlyDictionary<string, IReadOnlyList<string>> Keys)
{
    /// <summary>The key's title_contains, or null when it gives none.</summary>
    public string? Title { get; init; }

    /// <summary>The key's headline figures: a distinctive part of the label, the value and the unit as written.</summary>
    public IReadOnlyList<(string Label, double Value, string Unit)> Figures { get; init; } = [];

    /// <summary>The key's speaker ("" where the key says the text names nobody), or null when the key does not say.</summary>
    public string? Speaker { get; init; }

    /// <summary>
    /// The keys the weights are fitted on: the seed's, the corpus's (shared and own) and the population's tune set.
    /// The sealed set is never read here: it is scored once, when a piece of work is finished.
    /// </summary>
    public static List<KeyedReport> TuningSet(string root)
    {
        var testFiles = Path.Combine(root, "tests", "EcoBrief.Tests", "TestFiles");
        var corpusTexts = Path.Combine(testFiles, "corpus", "texts");
        var sets = new[]
        {
            // The seed: a ministry's work-conference report, the genre's other shape.
            (Path.Combine(testFiles, "gold"), Path.Combine(root, "seeds")),
            (Path.Combine(testFiles, "corpus", "gold"), corpusTexts),
            (Path.Combine(testFiles, "corpus", "gold-own"), corpusTexts),
            (Path.Combine(testFiles, "population", "tune"), Path.Combine(testFiles, "population", "tune")),
        };
        var result = new List<KeyedReport>();
        foreach (var (keys, texts) in sets)
        {
            if (keys.Contains($"{Path.DirectorySeparatorChar}sealed", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the sealed keys are never fitted on");
            }

            foreach (var file in Directory.GetFiles(keys, "*.gold.json").Order(StringComparer.Ordinal))
            {
                result.Add(Read(file, texts));
            }
        }

        return result;
    }

    private static KeyedReport Read(string file, string texts)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var root = doc.RootElement;
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var category in new[] { "achievements", "challenges", "tasks" })
        {
            keys[category] = root.TryGetProperty(category, out var list) ? [.. list.EnumerateArray().Select(k => k.GetProperty("key").GetString()!)] : [];
        }

        keys["priorities"] = root.TryGetProperty("priorities_optional", out var p) && p.TryGetProperty("items", out var items)
            ? [.. items.EnumerateArray().Select(k => k.GetProperty("key").GetString()!)]
            : [];
        var source = root.GetProperty("source").GetString()!;
        var meta = root.GetProperty("meta");
        return new KeyedReport(Path.GetFileName(file).Replace(".gold.json", string.Empty, StringComparison.Ordinal), Path.Combine(texts, source), keys)
        {
            Title = meta.TryGetProperty("title_contains", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
            Speaker = meta.TryGetProperty("speaker", out var s) ? (s.ValueKind == JsonValueKind.String ? s.GetString() : string.Empty) : null,
            Figures = root.TryGetProperty("figures", out var figures)
                ? [.. figures.EnumerateArray().Select(f => (f.GetProperty("label_contains").GetString()!, f.GetProperty("value").GetDouble(), f.GetProperty("unit").GetString()!))]
                : [],
        };
    }
}
