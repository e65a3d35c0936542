namespace EcoBrief.Layout.Text;

/// <summary>
/// Where a line may break in Chinese text, after W3C clreq (Requirements for Chinese Text Layout)
/// and GB/T 15834: between ideographs; never before closing punctuation (，。、；：？！）》」』〕…)
/// nor after opening punctuation (（《「『〔“); never inside a Latin word or a number with its unit
/// (PM2.5, COP28, 62.7亿元, 5%左右, 68万人以上, 2026年), nor between a number and the bound before it
/// (突破20万亿元, 超过1000万人); never inside —— or ……; after a space.
/// </summary>
public static partial class LineBreakRules
{
    private const string NoStart = "，。、；：？！）》」』〕】〉”’…‥·・％‰℃,.;:?!)]}%>〗｝﹀︶";
    private const string NoEnd = "（《「『〔【〈“‘([{<〖｛";

    public static bool IsNoStart(char c) => NoStart.Contains(c, StringComparison.Ordinal);

    public static bool IsNoEnd(char c) => NoEnd.Contains(c, StringComparison.Ordinal);

    /// <summary>True when a line may end after <c>text[i - 1]</c> and the next start at <c>text[i]</c>.</summary>
    public static bool CanBreakBefore(string text, int i)
    {
        if (i <= 0 || i >= text.Length)
        {
            return false;
        }

        var a = text[i - 1];
        var b = text[i];
        if (char.IsLowSurrogate(b))
        {
            return false;
        }

        if (b == ' ')
        {
            return false;
        }

        if (a == ' ')
        {
            return true;
        }

        if (IsNoStart(b) || IsNoEnd(a))
        {
            return false;
        }

        if ((a == '—' && b == '—') || (a == '…' && b == '…'))
        {
            return false;
        }

        if (IsWordChar(a) && IsWordChar(b))
        {
            return false;
        }

        // A number keeps its magnitude, unit and bound (62.7亿元, 5%左右, 68万人以上, 1个百分点以上),
        // and the bound written before it (突破20万亿元): a reader never finds 2% on one line and 左右 on the next.
        if (InsideNumberTail(text, i) || (char.IsAsciiDigit(b) && BoundBefore().IsMatch(text.AsSpan(Math.Max(0, i - 3), i - Math.Max(0, i - 3)))))
        {
            return false;
        }

        return IsCjk(a) || IsCjk(b) || char.IsHighSurrogate(a) || char.IsHighSurrogate(b);
    }

    /// <summary>Whether <c>text[i]</c> is inside the unit and bound that follow a number (亿元, %左右, 万人以上), or starts them.</summary>
    private static bool InsideNumberTail(string text, int i)
    {
        // The start of the run of ideographs that holds text[i - 1] (or starts at i), at most a tail's length back.
        var j = i;
        while (j > 0 && i - j < MaxTail && IsIdeograph(text[j - 1]))
        {
            j--;
        }

        if (j == 0 || !(char.IsAsciiDigit(text[j - 1]) || text[j - 1] is '%' or '‰' or '％' or '.'))
        {
            return false;
        }

        var tail = NumberTail().Match(text, j, Math.Min(MaxTail + 2, text.Length - j));
        return tail.Success && i < j + tail.Length;
    }

    private const int MaxTail = 8;

    /// <summary>What follows a number and belongs to it: magnitude, unit, bound.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:万亿|亿|万|千|百)?(?:多|余)?(?:个百分点|百分点|微克|毫克|平方公里|平方米|平方千米|立方米|千瓦时|千瓦|公里|千米|公顷|公斤|千克|美元|标准箱|人次|小时|元|吨|斤|亩|户|人|名|件|项|个|家|座|所|条|台|辆|套|宗|处|批|部|篇|场|艘|架|株|倍|次|天|岁|年|月|日|号|届|位|种|类|期|款|级|度)?(?:以上|以下|以内|左右|上下|多|余)?")]
    private static partial System.Text.RegularExpressions.Regex NumberTail();

    /// <summary>A bound written before a number: 突破 · 超过 · 超 · 逾 · 近 · 约 · 不到 · 不足 · 低于 · 高于.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:突破|超过|超|逾|近|约|不到|不足|低于|高于)$")]
    private static partial System.Text.RegularExpressions.Regex BoundBefore();

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '%' or '-' or '/' or '_' or '+' or '@' or '#' or '&' or '\'' or '°';

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static bool IsCjk(char c) =>
        IsIdeograph(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= '\uF900' and <= '\uFAFF'
            or '“' or '”' or '‘' or '’' or '—' or '…' or '·';
}
