using EcoBrief.Chinese;
using Markdig.Extensions.Tables;

namespace EcoBrief.Document.Conventions;

/// <summary>
/// How wide the columns of a pipe table are, in every paged writer: in proportion to the longest text
/// of each (its display width: an ideograph two, a Latin letter one), within <see cref="Narrowest"/>
/// and <see cref="Widest"/>, so a column of numbers is not a sliver and a column of prose not the page.
/// </summary>
public static class TableColumns
{
    public const int Narrowest = 6;

    public const int Widest = 30;

    /// <summary>What a cell's padding takes, in display columns.</summary>
    public const int CellPadding = 3;

    /// <summary>The least share of the width a column gets, in per cent.</summary>
    public const int LeastPercent = 5;

    /// <summary>How many columns the table has (at least one).</summary>
    public static int Count(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Math.Max(1, table.ColumnDefinitions.Count);
    }

    /// <summary>Each column's share: the display width of its longest cell text, clamped, and its padding.</summary>
    public static int[] Shares(Table table)
    {
        var columns = Count(table);
        var longest = new int[columns];
        foreach (var row in table.OfType<TableRow>())
        {
            for (var i = 0; i < Math.Min(columns, row.Count); i++)
            {
                longest[i] = Math.Max(longest[i], DisplayWidth.Of(PlainText.Of((TableCell)row[i])));
            }
        }

        // Each cell's padding takes about as much as three columns of text: without it a short column
        // (5.5%左右) is squeezed to a second line beside a long one.
        return [.. longest.Select(l => Math.Clamp(l, Narrowest, Widest) + CellPadding)];
    }

    /// <summary>The shares as whole percentages of the width (each at least <see cref="LeastPercent"/>), as Word's grid wants them.</summary>
    public static int[] Percentages(IReadOnlyList<int> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        double total = shares.Sum();
        return [.. shares.Select(l => Math.Max(LeastPercent, (int)Math.Round(l * 100 / total)))];
    }
}
