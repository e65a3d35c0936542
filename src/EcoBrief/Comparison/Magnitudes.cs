namespace EcoBrief.Comparison;

/// <summary>The magnitude words of a unit as reports write it (万亿元, 亿元, 万人, 千瓦): what a comparison converts between.</summary>
internal static class Magnitudes
{
    private static readonly (string Word, decimal Factor)[] Words = [("万亿", 1_000_000_000_000m), ("亿", 100_000_000m), ("万", 10_000m), ("千", 1_000m), ("百", 100m)];

    /// <summary>The unit without its magnitude word: 元 for 万亿元, 人 for 万人; the unit itself when it has none.</summary>
    public static string Base(string unit) => Split(unit).Base;

    /// <summary><paramref name="value"/> in <paramref name="from"/> said in <paramref name="to"/>, when both count the same thing; null otherwise.</summary>
    public static decimal? Convert(decimal value, string from, string to)
    {
        var (a, fa) = Split(from);
        var (b, fb) = Split(to);
        return a.Length > 0 && a == b && fb != 0 ? value * fa / fb : null;
    }

    private static (string Base, decimal Factor) Split(string unit)
    {
        foreach (var (word, factor) in Words)
        {
            if (unit.StartsWith(word, StringComparison.Ordinal) && unit.Length > word.Length)
            {
                return (unit[word.Length..], factor);
            }
        }

        return (unit, 1m);
    }
}
