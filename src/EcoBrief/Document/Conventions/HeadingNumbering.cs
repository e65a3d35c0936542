using System.Globalization;
using EcoBrief.Chinese;

namespace EcoBrief.Document.Conventions;

/// <summary>
/// The numbers of headings in official documents (GB/T 9704-2012 §7.3.3): ## 一、, ### （一）,
/// #### 1., ##### （1）. The PDF counts them (<see cref="Next"/>); Word counts them itself from the
/// same pattern (<see cref="WordLevelText"/>), so they renumber as a user edits.
/// </summary>
public sealed class HeadingNumbering
{
    /// <summary>The deepest level that is numbered.</summary>
    public const int DeepestLevel = 5;

    private readonly int[] _counters = new int[7];

    /// <summary>Whether a level is counted in Chinese numerals (一、二、…) rather than digits.</summary>
    public static bool IsChinese(int level) => level <= 3;

    /// <summary>What stands before and after the number of a heading of <paramref name="level"/> (2–5).</summary>
    public static (string Before, string After) Marks(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, DeepestLevel);
        return level switch
        {
            2 => (string.Empty, "、"),
            3 => ("（", "）"),
            4 => (string.Empty, "."),
            _ => ("（", "）"),
        };
    }

    /// <summary>The <paramref name="n"/>th heading of a level as printed: 三、, （二）, 4.</summary>
    public static string Format(int level, int n)
    {
        var (before, after) = Marks(level);
        var number = IsChinese(level) && n <= 99 ? ChineseNumeral.Format(n) : n.ToString(CultureInfo.InvariantCulture);
        return before + number + after;
    }

    /// <summary>The pattern of a level in a Word numbering definition: %1、, （%2）, %3., （%4）.</summary>
    public static string WordLevelText(int level)
    {
        var (before, after) = Marks(level);
        return before + "%" + (level - 1).ToString(CultureInfo.InvariantCulture) + after;
    }

    /// <summary>Counts one more heading of <paramref name="level"/> (restarting every deeper level) and gives its number.</summary>
    public string Next(int level)
    {
        _counters[level]++;
        for (var l = level + 1; l < _counters.Length; l++)
        {
            _counters[l] = 0;
        }

        return Format(level, _counters[level]);
    }
}
