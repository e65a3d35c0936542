using System.Text.RegularExpressions;

namespace EcoBrief.Chinese;

/// <summary>
/// A number keeps its magnitude, unit and bound (62.7亿元, 5%左右, 68万人以上, 1个百分点以上) and the
/// bound written before it (突破20万亿元, 超过1000万人): a reader never finds 2% at the end of one line
/// and 左右 at the start of the next, nor 总资产17 cut off before its 亿元. The one place that says where
/// a number's run starts and ends, for the line breaker and for the shortening of text alike.
/// </summary>
public static partial class NumberRuns
{
    private const int MaxTail = 8;

    /// <summary>True when a cut before <c>text[i]</c> would part a number from its digits, its unit and bound, or the bound before it.</summary>
    public static bool Parts(string text, int i)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (i <= 0 || i >= text.Length)
        {
            return false;
        }

        var a = text[i - 1];
        var b = text[i];
        if (IsNumberChar(a) && IsNumberChar(b))
        {
            return true;
        }

        return InsideTail(text, i) || (char.IsAsciiDigit(b) && BoundBefore().IsMatch(text.AsSpan(Math.Max(0, i - 3), i - Math.Max(0, i - 3))));
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c is '.' or '%' or '％' or '‰';

    /// <summary>Whether <c>text[i]</c> is inside the unit and bound that follow a number (亿元, %左右, 万人以上), or starts them.</summary>
    private static bool InsideTail(string text, int i)
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

    /// <summary>What follows a number and belongs to it: magnitude, unit, bound.</summary>
    [GeneratedRegex(@"\G(?:万亿|亿|万|千|百)?(?:多|余)?(?:个百分点|百分点|微克|毫克|平方公里|平方米|平方千米|立方米|千瓦时|千瓦|公里|千米|公顷|公斤|千克|美元|标准箱|人次|小时|元|吨|斤|亩|户|人|名|件|项|个|家|座|所|条|台|辆|套|宗|处|批|部|篇|场|艘|架|株|倍|次|天|岁|年|月|日|号|届|位|种|类|期|款|级|度)?(?:以上|以下|以内|左右|上下|多|余)?")]
    private static partial Regex NumberTail();

    /// <summary>A bound written before a number: 突破 · 超过 · 超 · 逾 · 近 · 约 · 不到 · 不足 · 低于 · 高于.</summary>
    [GeneratedRegex(@"(?:突破|超过|超|逾|近|约|不到|不足|低于|高于)$")]
    private static partial Regex BoundBefore();

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
