using System.Text.RegularExpressions;
using EcoBrief.Chinese;

namespace EcoBrief.Outline;

/// <summary>A numbering marker at the start of a paragraph.</summary>
/// <param name="Style">Which convention.</param>
/// <param name="Ordinal">Its number (1-based); for <see cref="NumberingStyle.Dash"/> always 0.</param>
/// <param name="Text">The marker as written, e.g. （一）.</param>
public sealed partial record Marker(NumberingStyle Style, int Ordinal, string Text)
{
    [GeneratedRegex(@"^(?:(?<cc>[一二三四五六七八九十]{1,3})、|[（(]?\s*(?<pc>[一二三四五六七八九十]{1,3})\s*[）)]|(?<ad>[0-9]{1,4})(?:[.．](?![0-9])|、)|[（(](?<pa>[0-9]{1,3})[）)]|(?<ci>[①-⑳])|第(?<or>[一二三四五六七八九十]{1,3})[，、,：:]|(?<en>[一二三四五六七八九十]{1,3})是(?=\S)|(?<da>——(?=\S)|[●•◆■▪◇○◎★☆►▶](?=\s*\S)))\s*")]
    private static partial Regex Pattern();

    /// <summary>The marker <paramref name="text"/> starts with, or null.</summary>
    public static Marker? Detect(string text)
    {
        if (text.Length < 2)
        {
            return null;
        }

        var m = Pattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var (style, ordinal) = m switch
        {
            _ when m.Groups["cc"].Success => (NumberingStyle.ChineseComma, ChineseNumeral.Parse(m.Groups["cc"].ValueSpan)),
            _ when m.Groups["pc"].Success => (NumberingStyle.ParenChinese, ChineseNumeral.Parse(m.Groups["pc"].ValueSpan)),
            _ when m.Groups["ad"].Success => (NumberingStyle.ArabicDot, int.Parse(m.Groups["ad"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture)),
            _ when m.Groups["pa"].Success => (NumberingStyle.ParenArabic, int.Parse(m.Groups["pa"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture)),
            _ when m.Groups["ci"].Success => (NumberingStyle.Circled, m.Groups["ci"].Value[0] - '①' + 1),
            _ when m.Groups["or"].Success => (NumberingStyle.Ordinal, ChineseNumeral.Parse(m.Groups["or"].ValueSpan)),
            _ when m.Groups["en"].Success => (NumberingStyle.Enumeration, ChineseNumeral.Parse(m.Groups["en"].ValueSpan)),
            _ => (NumberingStyle.Dash, 0),
        };

        if (style != NumberingStyle.Dash && ordinal <= 0)
        {
            return null;
        }

        // A paragraph that is only a marker ("1." alone) is no heading.
        return m.Length >= text.Length ? null : new Marker(style, ordinal, m.Value);
    }
}
