using System.Globalization;
using System.Text;

namespace EcoBrief.Ingest.Docx;

/// <summary>
/// A number as a Word numbering level shows it, by its <c>w:numFmt</c> (ISO/IEC 29500-1 §17.18.59,
/// ST_NumberFormat): <c>chineseCounting</c> 一 … 十 十一 … 九十九 一百, <c>chineseLegalSimplified</c>
/// 壹 贰 叁, <c>ideographTraditional</c> 甲 乙 丙 (the ten heavenly stems), <c>decimalEnclosedCircle</c>
/// ① … ⑳, <c>decimal</c>, <c>upperRoman</c> and the others a report may use. A format this does not
/// know, or a number past the end of a closed set (甲 … 癸, ① … ⑳), is shown in decimal, as Word does.
/// </summary>
internal static class WordNumberFormat
{
    private const string Digits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string LegalTraditionalDigits = "零壹貳參肆伍陸柒捌玖";
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";
    private const string Branches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary><paramref name="n"/> in the format named <paramref name="format"/> (null: decimal).</summary>
    public static string Format(int n, string? format)
    {
        if (n < 0)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        return format switch
        {
            "none" => string.Empty,
            "decimalZero" => n < 10 ? "0" + Decimal(n) : Decimal(n),
            "decimalFullWidth" or "decimalFullWidth2" => string.Concat(Decimal(n).Select(c => (char)(c - '0' + '０'))),
            "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString() : Decimal(n),
            "decimalEnclosedFullstop" => n is >= 1 and <= 20 ? ((char)('⒈' + n - 1)).ToString() : Decimal(n),
            "decimalEnclosedParen" => n is >= 1 and <= 20 ? ((char)('⑴' + n - 1)).ToString() : Decimal(n),
            "ideographEnclosedCircle" => n is >= 1 and <= 10 ? ((char)('㊀' + n - 1)).ToString() : Decimal(n),
            "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand" or "japaneseCounting" or "japaneseLegal" or "koreanCounting" => n == 0 ? "〇" : Counting(n, Digits, "十百千", "万"),
            "chineseLegalSimplified" => n == 0 ? "零" : Counting(n, LegalDigits, "拾佰仟", "万", legal: true),
            "ideographLegalTraditional" => n == 0 ? "零" : Counting(n, LegalTraditionalDigits, "拾佰仟", "萬", legal: true),
            "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand" => string.Concat(Decimal(n).Select(c => Digits[c - '0'])),
            "ideographTraditional" => n is >= 1 and <= 10 ? Stems[n - 1].ToString() : Decimal(n),
            "ideographZodiac" => n is >= 1 and <= 12 ? Branches[n - 1].ToString() : Decimal(n),
            "ideographZodiacTraditional" => n >= 1 ? $"{Stems[(n - 1) % 10]}{Branches[(n - 1) % 12]}" : Decimal(n),
            "upperRoman" => Roman(n),
            "lowerRoman" => Roman(n).ToLowerInvariant(),
            "upperLetter" => Letter(n, 'A'),
            "lowerLetter" => Letter(n, 'a'),
            "ordinal" => Decimal(n) + OrdinalSuffix(n),
            "hex" => n.ToString("X", CultureInfo.InvariantCulture),
            _ => Decimal(n),
        };
    }

    private static string Decimal(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Chinese counting: 一 … 九, 十 (not 一十) … 十九, 二十, 一百, 一百零一, 一百一十, 一千, 一万; a run of
    /// zeros inside the number is one 零, as the numbers are read.
    /// </summary>
    private static string Counting(int n, string digits, string units, string tenThousand, bool legal = false)
    {
        if (n >= 10_000)
        {
            var low = n % 10_000;
            var high = Counting(n / 10_000, digits, units, tenThousand, legal) + tenThousand;
            return low == 0 ? high : high + (low < 1000 ? digits[0].ToString() : string.Empty) + BelowTenThousand(low, digits, units, legal, leading: false);
        }

        return BelowTenThousand(n, digits, units, legal, leading: true);
    }

    private static string BelowTenThousand(int n, string digits, string units, bool legal, bool leading)
    {
        var sb = new StringBuilder();
        var zero = false;
        var started = false;
        for (var place = 3; place >= 0; place--)
        {
            var d = n / (int)Math.Pow(10, place) % 10;
            if (d == 0)
            {
                zero |= started;
                continue;
            }

            if (zero)
            {
                sb.Append(digits[0]);
                zero = false;
            }

            // 十一, not 一十一, when the number starts at the tens (Chinese counting; the legal form keeps 壹拾).
            if (!(place == 1 && d == 1 && !started && leading && !legal))
            {
                sb.Append(digits[d]);
            }

            if (place > 0)
            {
                sb.Append(units[place - 1]);
            }

            started = true;
        }

        return sb.ToString();
    }

    private static string Roman(int n)
    {
        if (n is <= 0 or >= 4000)
        {
            return Decimal(n);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (n >= values[i])
            {
                sb.Append(symbols[i]);
                n -= values[i];
            }
        }

        return sb.ToString();
    }

    /// <summary>A, B … Z, AA, BB … as Word repeats the letter.</summary>
    private static string Letter(int n, char a) => n <= 0 ? Decimal(n) : new string((char)(a + ((n - 1) % 26)), ((n - 1) / 26) + 1);

    private static string OrdinalSuffix(int n) => (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}
