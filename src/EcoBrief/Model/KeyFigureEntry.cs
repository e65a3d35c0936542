namespace EcoBrief.Model;

/// <summary>
/// A figure (<see cref="KeyFigure"/>) or a target (<see cref="KeyTarget"/>) in the one shape a document
/// shows them in: an entry of a key-figures block, which a template places (<c>key_figures</c>) and
/// every writer draws from these typed values — the PDF's card, the Word table, HTML, plain text.
/// </summary>
/// <param name="Indicator">What is measured: 全国地级及以上城市细颗粒物（PM2.5）平均浓度.</param>
/// <param name="Value">The number as written (7.96 for 7.96万件; the lower end of a range).</param>
/// <param name="Unit">The unit as written, with its magnitude word: 万件, 亿元, %, 微克/立方米.</param>
/// <param name="Text">The figure as it stands in the text, with its bound: 30微克/立方米, 5%左右, 40%以上.</param>
/// <param name="Qualifier">How the number binds: 左右, 以上, 以内, 不低于…; null when it stands bare.</param>
/// <param name="Change">The stated change: 同比上升0.8个百分点, 从26.7%提高到52.1%; null when none.</param>
/// <param name="Period">What the figure is (<see cref="FigurePeriod"/>): last year's <c>result</c>, <c>five_year</c>, <c>target</c>, <c>other</c>.</param>
/// <param name="Span">Where it stands in the report.</param>
public sealed record KeyFigureEntry(
    string Indicator,
    decimal Value,
    string Unit,
    string Text,
    string? Qualifier,
    string? Change,
    string Period,
    SourceSpan Span)
{
    /// <summary>The bounds a figure's text can end with (the words <c>KeyTargetExtractor</c> reads after a target's number).</summary>
    private static readonly string[] TrailingBounds = ["以上", "左右", "以内", "以下", "上下"];

    /// <summary>A figure as an entry; its qualifier is the figure's (突破, 以上…), else the bound its text ends with (40%以上), if any.</summary>
    public static KeyFigureEntry Of(KeyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var bound = figure.Qualifier ?? Array.Find(TrailingBounds, b => figure.Text.EndsWith(b, StringComparison.Ordinal));
        return new(figure.Label, figure.Value, figure.Unit, figure.Text, bound, figure.Change, figure.Period, figure.Span);
    }

    /// <summary>One of this year's targets as an entry: a <c>target</c> with its qualifier.</summary>
    public static KeyFigureEntry Of(KeyTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new(target.Label, target.Value, target.Unit, target.Text, target.Qualifier, null, FigurePeriod.Target, target.Span);
    }
}
