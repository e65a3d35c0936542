using System.Globalization;
using System.Text;
using System.Text.Json;
using EcoBrief.Model;

namespace EcoBrief.Tests.Support;

/// <summary>
/// An answer key in the format of shared/gold: normalise both sides (drop white space and punctuation,
/// full-width to half-width), then each key must be a substring of some item's title, each item
/// matching at most one key; figures match on label substring + value + unit.
/// </summary>
internal sealed class AnswerKey
{
    private readonly JsonElement _root;

    private AnswerKey(JsonElement root) => _root = root;

    public static AnswerKey Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    public JsonElement Meta => _root.GetProperty("meta");

    public List<string> Keys(string section) =>
        _root.TryGetProperty(section, out var list) ? [.. list.EnumerateArray().Select(e => e.GetProperty("key").GetString()!)] : [];

    public List<(string Label, decimal Value, string Unit)> Figures =>
        [.. _root.GetProperty("figures").EnumerateArray().Select(f => (f.GetProperty("label_contains").GetString()!, f.GetProperty("value").GetDecimal(), f.GetProperty("unit").GetString()!))];

    public List<string> MustNotAppear =>
        _root.TryGetProperty("must_not_appear", out var list) ? [.. list.EnumerateArray().Select(e => e.GetString()!)] : [];

    public static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormKC))
        {
            var cat = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || cat is UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation)
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A maximum one-to-one matching of keys to titles (augmenting paths); returns the keys left
    /// unmatched and the titles left unmatched.
    /// </summary>
    public static (List<string> MissingKeys, List<string> ExtraTitles) Match(IReadOnlyList<string> keys, IReadOnlyList<BriefingItem> items)
    {
        var titles = items.Select(i => Normalize(i.Title)).ToList();
        var normKeys = keys.Select(Normalize).ToList();
        var owner = new int[titles.Count];
        Array.Fill(owner, -1);

        bool TryAssign(int k, bool[] seen)
        {
            for (var t = 0; t < titles.Count; t++)
            {
                if (seen[t] || !titles[t].Contains(normKeys[k], StringComparison.Ordinal))
                {
                    continue;
                }

                seen[t] = true;
                if (owner[t] < 0 || TryAssign(owner[t], seen))
                {
                    owner[t] = k;
                    return true;
                }
            }

            return false;
        }

        var missing = new List<string>();
        for (var k = 0; k < normKeys.Count; k++)
        {
            if (!TryAssign(k, new bool[titles.Count]))
            {
                missing.Add(keys[k]);
            }
        }

        var extra = items.Where((_, t) => owner[t] < 0).Select(i => i.Title).ToList();
        return (missing, extra);
    }
}
