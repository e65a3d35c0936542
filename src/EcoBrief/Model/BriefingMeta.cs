namespace EcoBrief.Model;

/// <summary>What the report is and who gave it. Every field may be null when the text does not say.</summary>
/// <param name="Title">The report's title, without the speaker prefix.</param>
/// <param name="Speaker">The speaker's name.</param>
/// <param name="Role">The speaker's office, e.g. 生态环境部部长.</param>
/// <param name="Occasion">The meeting the report was delivered at.</param>
/// <param name="Published">Delivery date where the text gives one, else publication date, as YYYY-MM-DD.</param>
/// <param name="Publication">Where it was published: 《journal》 with its issue (《某某杂志》2024年第2期) or the source line as given.</param>
public sealed record BriefingMeta(
    string? Title,
    string? Speaker,
    string? Role,
    string? Occasion,
    string? Published,
    string? Publication)
{
    public static BriefingMeta Empty { get; } = new(null, null, null, null, null, null);
}
