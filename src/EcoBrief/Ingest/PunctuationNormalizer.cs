using System.Text.RegularExpressions;
using EcoBrief.Chinese;

namespace EcoBrief.Ingest;

/// <summary>
/// Converts ASCII punctuation that stands in Chinese context to its full-width form (GB/T 15834):
/// <c>, : ; ? !</c> next to a CJK character, and <c>( )</c> pairs whose content or outside is Chinese.
/// Numbers, Latin words, units and URLs are left alone (1,000 · 16:06 · PM2.5 · https://…).
/// The conversion is one character for one, so offsets do not move.
/// </summary>
public static partial class PunctuationNormalizer
{
    [GeneratedRegex(@"(?:https?|ftp)://[^\s\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF]+|www\.[A-Za-z0-9.-]+[^\s\u3000-\u303F\uFF00-\uFFEF\u4E00-\u9FFF]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    private static readonly System.Buffers.SearchValues<char> AsciiMarks = System.Buffers.SearchValues.Create(",:;?!()");

    public static string Normalize(string line)
    {
        line = NarrowDigitsAndLetters(line);
        if (line.AsSpan().IndexOfAny(AsciiMarks) < 0)
        {
            return line;
        }

        var chars = line.ToCharArray();
        var protectedMask = new bool[chars.Length];
        foreach (Match m in UrlPattern().Matches(line))
        {
            Array.Fill(protectedMask, true, m.Index, m.Length);
        }

        ConvertBrackets(chars, protectedMask);
        for (var i = 0; i < chars.Length; i++)
        {
            if (protectedMask[i])
            {
                continue;
            }

            var prev = i > 0 ? chars[i - 1] : '\0';
            var next = i + 1 < chars.Length ? chars[i + 1] : '\0';
            chars[i] = chars[i] switch
            {
                // 分别增长15.3%,29.6%: values listed after a percentage.
                ',' when prev is '%' or '‰' && CjkChar.IsAsciiDigit(next) => '、',
                ',' when Converts(prev, next, digitsGuard: true) || (CjkChar.IsAsciiDigit(prev) && CjkChar.IsAsciiDigit(next) && !IsThousandsGroup(chars, i) && IsInChineseSentence(chars, i)) => '，',
                ';' when Converts(prev, next, digitsGuard: false) => '；',
                ':' when Converts(prev, next, digitsGuard: true) => '：',
                '?' when CjkChar.IsCjk(prev) => '？',
                '!' when CjkChar.IsCjk(prev) => '！',
                var c => c,
            };
        }

        return new string(chars);
    }

    /// <summary>
    /// Full-width digits and Latin letters (２０２４, ＰＭ２.５) become ASCII, as GB/T 15834 writes them,
    /// so numbers parse and codes read the same however the source typed them; ％ after a digit becomes %.
    /// </summary>
    internal static string NarrowDigitsAndLetters(string line)
    {
        if (!line.AsSpan().ContainsAnyInRange('\uFF05', '\uFF5A'))
        {
            return line;
        }

        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => (char)(chars[i] - 0xFEE0),
                '\uFF05' when i > 0 && CjkChar.IsAsciiDigit(chars[i - 1]) => '%',
                '\uFF0E' when i > 0 && i + 1 < chars.Length && CjkChar.IsAsciiDigit(chars[i - 1]) && (CjkChar.IsAsciiDigit(chars[i + 1]) || chars[i + 1] is >= '\uFF10' and <= '\uFF19') => '.',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    /// <summary>
    /// A mark converts when the character before it is Chinese, or the one after it is Chinese and the
    /// one before is not part of a number (so 16:06 and 1,000 stay, but 85.5%,扣除 converts).
    /// </summary>
    private static bool Converts(char prev, char next, bool digitsGuard)
    {
        if (CjkChar.IsCjk(prev))
        {
            return true;
        }

        if (!CjkChar.IsCjk(next))
        {
            return false;
        }

        return !digitsGuard || !(CjkChar.IsAsciiDigit(prev) && CjkChar.IsAsciiDigit(next));
    }

    /// <summary>1,000 and 12,345,678: three digits after the comma, then no digit.</summary>
    private static bool IsThousandsGroup(char[] chars, int comma)
    {
        var end = comma + 4;
        for (var k = comma + 1; k < end; k++)
        {
            if (k >= chars.Length || !CjkChar.IsAsciiDigit(chars[k]))
            {
                return false;
            }
        }

        return end >= chars.Length || !CjkChar.IsAsciiDigit(chars[end]);
    }

    /// <summary>居全国第4,21个城市: Chinese on both sides of the number pair, so the comma is a clause break.</summary>
    private static bool IsInChineseSentence(char[] chars, int comma)
    {
        var before = comma - 1;
        while (before >= 0 && (CjkChar.IsAsciiDigit(chars[before]) || chars[before] == '.'))
        {
            before--;
        }

        var after = comma + 1;
        while (after < chars.Length && (CjkChar.IsAsciiDigit(chars[after]) || chars[after] == '.'))
        {
            after++;
        }

        return before >= 0 && CjkChar.IsCjk(chars[before]) && after < chars.Length && CjkChar.IsCjk(chars[after]);
    }

    private static void ConvertBrackets(char[] chars, bool[] protectedMask)
    {
        var open = new Stack<int>();
        for (var i = 0; i < chars.Length; i++)
        {
            if (protectedMask[i])
            {
                continue;
            }

            if (chars[i] == '(')
            {
                open.Push(i);
            }
            else if (chars[i] == ')' && open.Count > 0)
            {
                var start = open.Pop();
                if (IsChineseContext(chars, start, i))
                {
                    chars[start] = '（';
                    chars[i] = '）';
                }
            }
        }

        // Unpaired brackets (a list marker "1)" or a line broken inside brackets) follow their neighbour.
        for (var i = 0; i < chars.Length; i++)
        {
            if (protectedMask[i])
            {
                continue;
            }

            if (chars[i] == '(' && i + 1 < chars.Length && CjkChar.IsCjk(chars[i + 1]) && !HasCloseAfter(chars, i))
            {
                chars[i] = '（';
            }
            else if (chars[i] == ')' && i > 0 && CjkChar.IsCjk(chars[i - 1]) && !HasOpenBefore(chars, i))
            {
                chars[i] = '）';
            }
        }
    }

    private static bool HasCloseAfter(char[] chars, int i) => Array.IndexOf(chars, ')', i + 1) >= 0;

    private static bool HasOpenBefore(char[] chars, int i) => Array.LastIndexOf(chars, '(', i - 1) >= 0;

    private static bool IsChineseContext(char[] chars, int open, int close)
    {
        if (open > 0 && CjkChar.IsCjk(chars[open - 1]))
        {
            return true;
        }

        if (close + 1 < chars.Length && CjkChar.IsCjk(chars[close + 1]))
        {
            return true;
        }

        for (var i = open + 1; i < close; i++)
        {
            if (CjkChar.IsHan(chars[i]))
            {
                return true;
            }
        }

        return false;
    }
}
