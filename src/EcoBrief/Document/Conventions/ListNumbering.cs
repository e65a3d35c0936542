using System.Globalization;

namespace EcoBrief.Document.Conventions;

/// <summary>
/// The markers of list items in the paged documents: ordered lists 1. and, nested, （1）; bullets •
/// and, nested, ◦. The PDF prints them (<see cref="Format"/>); Word numbers from the same pattern
/// (<see cref="WordLevelText"/>).
/// </summary>
public static class ListNumbering
{
    public const string Bullet = "•";

    public const string NestedBullet = "◦";

    /// <summary>What stands before and after the number of an item of an ordered list nested <paramref name="depth"/> deep (0 for a list at the top).</summary>
    public static (string Before, string After) Marks(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        return depth == 0 ? (string.Empty, ".") : ("（", "）");
    }

    /// <summary>The <paramref name="n"/>th item's marker: 3. at the top, （3） nested.</summary>
    public static string Format(int depth, int n)
    {
        var (before, after) = Marks(depth);
        return before + n.ToString(CultureInfo.InvariantCulture) + after;
    }

    /// <summary>The pattern of a depth in a Word numbering definition: %1., （%2）.</summary>
    public static string WordLevelText(int depth)
    {
        var (before, after) = Marks(depth);
        return before + "%" + (depth + 1).ToString(CultureInfo.InvariantCulture) + after;
    }
}
