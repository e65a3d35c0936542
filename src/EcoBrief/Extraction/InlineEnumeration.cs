using System.Text.RegularExpressions;
using EcoBrief.Chinese;

namespace EcoBrief.Extraction;

/// <summary>
/// Finds 一是…二是…三是 (or 第一，…第二，… and 其一…其二) inside a paragraph: consecutive ordinals from
/// the first, each after the start of the text or a clause stop.
/// </summary>
internal static partial class InlineEnumeration
{
    [GeneratedRegex(@"(?<=^|[。；：，！？\s]|[”’）)])(?:(?<n>[一二三四五六七八九十]{1,3})是|第(?<n>[一二三四五六七八九十]{1,3})[，、,]|其(?<n>[一二三四五六七八九十]{1,3})[，、,])")]
    private static partial Regex OrdinalPattern();

    /// <summary>Item ranges (from marker to the next marker) in <c>text[from..to]</c>; empty when fewer than two.</summary>
    public static List<(int Start, int MarkerLength, int End)> Find(string text, int from, int to)
    {
        var marks = new List<Match>();
        var expected = 1;
        for (var m = OrdinalPattern().Match(text, from); m.Success && m.Index < to; m = m.NextMatch())
        {
            var n = ChineseNumeral.Parse(m.Groups["n"].ValueSpan);
            if (n == expected && (marks.Count == 0 || SameKind(marks[0].Value, m.Value)))
            {
                marks.Add(m);
                expected++;
            }
            else if (n == 1 && marks.Count < 2)
            {
                marks.Clear();
                marks.Add(m);
                expected = 2;
            }
        }

        var result = new List<(int, int, int)>();
        if (marks.Count < 2)
        {
            return result;
        }

        for (var i = 0; i < marks.Count; i++)
        {
            var end = i + 1 < marks.Count ? marks[i + 1].Index : to;
            result.Add((marks[i].Index, marks[i].Length, end));
        }

        return result;
    }

    private static bool SameKind(string a, string b) => a[^1] == b[^1] || (a[0] == b[0] && a[0] is '第' or '其');
}
