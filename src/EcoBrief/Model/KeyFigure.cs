namespace EcoBrief.Model;

/// <summary>A quantity the report states, with what it measures.</summary>
/// <param name="Label">The measured noun phrase, e.g. 全国地级及以上城市细颗粒物（PM2.5）平均浓度.</param>
/// <param name="Value">The number as written, without magnitude words folded in (7.96 for 7.96万件).</param>
/// <param name="Unit">The unit as written, including a magnitude word (万件, 亿元, %, 个百分点).</param>
/// <param name="Text">The figure as it stands in the text, with its bound: 30微克/立方米, 突破20万亿元, 40%以上.</param>
/// <param name="Change">The stated change or comparison, e.g. 同比上升0.8个百分点 or 从26.7%提高到52.1%; null when none.</param>
/// <param name="Section">The heading path of the section it stands in.</param>
/// <param name="Span">Where the figure stands.</param>
/// <param name="Period">What the figure is: <c>result</c> (last year's), <c>five_year</c> (a figure of the five years or a yearly average over them), <c>target</c> (this year's or the plan's), or <c>other</c>.</param>
public sealed record KeyFigure(
    string Label,
    decimal Value,
    string Unit,
    string Text,
    string? Change,
    string Section,
    SourceSpan Span,
    string Period = FigurePeriod.Result)
{
    /// <summary>How the number binds, as the text says: 突破, 超过, 近, 约 before it (its <see cref="Text"/> then starts with it), 以上, 左右, 以内 after it; null when it stands bare.</summary>
    public string? Qualifier { get; init; }

    /// <summary>
    /// The chance, by the fitted weights (weights/figures.tsv), that the figure is one of last year's
    /// headline results an answer key lists; the figures are ranked by it. 0 where not judged.
    /// </summary>
    public double Confidence { get; init; }
}
