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

    /// <summary>The date the report was delivered, as YYYY-MM-DD, where the text gives it (its byline: ——某年某月某日在…会议上); never a page's posting stamp.</summary>
    public string? Delivered { get; init; }

    /// <summary>The date the source posted the text (时间：2026-02-11, a repost's stamp), as YYYY-MM-DD: when it was published, not when it was said.</summary>
    public string? Posted { get; init; }

    /// <summary>The page the text was taken from, as its front matter gives it (<c>source:</c>), or null.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Whose report it is: 安徽省, 深圳市, 全国 (the State Council and the ministries), from the meeting, title, byline or front matter; null when none says.</summary>
    public string? Region { get; init; }

    /// <summary>The level of government: 国家 (State Council), 部门 (a ministry), 省级 (provinces, autonomous regions and the four municipalities), 市级; null when not known.</summary>
    public string? Level { get; init; }
}
