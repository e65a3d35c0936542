namespace EcoBrief.Lexicon;

/// <summary>The genre's units as figures, targets, cards and comparisons read them alike.</summary>
internal static class Units
{
    /// <summary>A rate or a change of one, not a level: % · 个百分点 · 百分点 · ‰.</summary>
    public static bool IsRate(string unit) => unit is "%" or "个百分点" or "百分点" or "‰";
}
