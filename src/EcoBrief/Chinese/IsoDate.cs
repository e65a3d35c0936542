using System.Globalization;

namespace EcoBrief.Chinese;

/// <summary>
/// Dates as the briefing writes them, yyyy-MM-dd, read by hand: the framework's exact-format parsers
/// match the dashes with a culture's collator, whose set-up costs every process ~15 ms.
/// </summary>
public static class IsoDate
{
    /// <summary>A real date written exactly as yyyy-MM-dd in ASCII digits.</summary>
    public static bool TryParse(string? s, out DateOnly date)
    {
        date = default;
        if (s is null || s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
