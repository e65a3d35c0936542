namespace EcoBrief.Chinese;

/// <summary>Chinese numerals as used in outline numbering: 一 … 九十九 (and 〇/零, 两).</summary>
public static class ChineseNumeral
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>Parses 一, 十, 十二, 二十, 二十三 …; returns 0 for anything else.</summary>
    public static int Parse(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 3)
        {
            return 0;
        }

        var ten = s.IndexOf('十');
        if (ten < 0)
        {
            return s.Length == 1 ? DigitOf(s[0]) : 0;
        }

        var tens = ten == 0 ? 1 : (ten == 1 ? DigitOf(s[0]) : 0);
        var units = ten == s.Length - 1 ? 0 : (ten + 2 == s.Length ? DigitOf(s[ten + 1]) : -1);
        return tens <= 0 || units < 0 || (ten + 1 < s.Length && units == 0) ? 0 : (tens * 10) + units;
    }

    /// <summary>Formats 1 … 99 as 一 … 九十九.</summary>
    public static string Format(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        if (n < 10)
        {
            return Digits[n].ToString();
        }

        var tens = n / 10;
        var units = n % 10;
        return (tens == 1 ? string.Empty : Digits[tens].ToString()) + "十" + (units == 0 ? string.Empty : Digits[units].ToString());
    }

    private static int DigitOf(char c) => c == '两' ? 2 : Digits.IndexOf(c, StringComparison.Ordinal) is var i and > 0 ? i : 0;
}
