using System.Text.RegularExpressions;
using EcoBrief.Extraction;
using EcoBrief.Lexicon;
using EcoBrief.Model;

namespace EcoBrief.Comparison;

/// <summary>
/// The figures a summary's cards show: last year's results of the lexicon's headline indicators, in its
/// order of importance (output and growth, revenue, income, jobs, prices, trade, investment…, then the
/// ecology figures), one card a group, each with its qualifier (突破20万亿元) and its change (增长5.5%,
/// 低于预期目标) — the growth of a level below it, or the level below a growth (总量5.3万亿元). When the
/// report states fewer than fill a row of cards, its best other results that are not counts fill it.
/// </summary>
public static partial class HeadlineFigures
{
    /// <summary>How many cards a row holds: a row is filled rather than left with a gap.</summary>
    public const int PerRow = 3;

    /// <summary>
    /// The cards of <paramref name="briefing"/>, at most <paramref name="count"/>; with <paramref name="fill"/>,
    /// the best other results fill them up to <paramref name="count"/> (a table of key data) instead of only the last row of cards.
    /// </summary>
    public static IReadOnlyList<KeyFigureEntry> Of(Briefing briefing, int count = int.MaxValue, bool fill = false)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var results = briefing.Figures.Where(f => f.Period == FigurePeriod.Result).ToList();
        if (results.Count == 0)
        {
            results = [.. briefing.Figures.Where(f => f.Period != FigurePeriod.Target)];
        }

        var cards = new List<KeyFigureEntry>();
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var used = new HashSet<KeyFigure>(ReferenceEqualityComparer.Instance);
        foreach (var indicator in IndicatorLexicon.All)
        {
            if (groups.Contains(indicator.Group))
            {
                continue;
            }

            var own = results.Where(f => IndicatorLexicon.Of(f.Label, f.Unit) == indicator && Plain(f)).ToList();
            var rate = own.FirstOrDefault(f => Units.IsRate(f.Unit));
            var level = own.FirstOrDefault(f => !Units.IsRate(f.Unit));
            var (main, other) = indicator.CardShowsRate ? (rate ?? level, rate is null ? null : level) : (level ?? rate, level is null ? null : rate);
            if (main is null)
            {
                continue;
            }

            groups.Add(indicator.Group);
            used.Add(main);
            cards.Add(Card(main, other, indicator));
        }

        // A row of cards is filled: the best other results, no counts (1357家…), one a measure.
        var rows = (cards.Count + PerRow - 1) / PerRow;
        var wanted = fill ? count : Math.Min(count, Math.Max(rows, 1) * PerRow);
        var measures = cards.Select(c => IndicatorName.Measure(c.Indicator)).ToHashSet(StringComparer.Ordinal);
        foreach (var f in results)
        {
            if (cards.Count >= wanted)
            {
                break;
            }

            if (used.Contains(f) || KeyFigureExtractor.IsCount(f.Unit) || Tally().IsMatch(f.Unit) || !Plain(f) || Vague().IsMatch(f.Label) || Fragment().IsMatch(f.Label) || (Units.IsRate(f.Unit) && !RateWord().IsMatch(f.Label)) || IndicatorLexicon.Of(f.Label) is not null || !measures.Add(IndicatorName.Measure(f.Label)))
            {
                continue;
            }

            cards.Add(KeyFigureEntry.Of(f));
        }

        cards = cards.ConvertAll(Timed);
        return cards.Count > count ? cards[..count] : cards;
    }

    /// <summary>
    /// A card of the five years (a report with no figure of last year's alone) says so where its label does
    /// not, as the review's heading does (城镇新增就业（过去五年） 12.5万人; 五年累计… and 年均… say it already): a
    /// reader must not take it for last year's. It says where the figure comes from, not that it is a sum:
    /// a level the five years reached (财政收入 5.2万亿元, 从2.4万亿元增加到5.2万亿元) is one too.
    /// </summary>
    private static KeyFigureEntry Timed(KeyFigureEntry card) =>
        card.Period == FigurePeriod.FiveYear && !YearsNamed().IsMatch(card.Indicator) ? card with { Indicator = card.Indicator + "（过去五年）" } : card;

    [GeneratedRegex(@"五年|[0-9一二三四五六七八九十]+年来|累计|年均|平均每年|本届|以来|期间|十[一二三四五]五")]
    private static partial Regex YearsNamed();

    /// <summary>A card: the main figure with its qualifier, its own change or else the other figure of the indicator below it.</summary>
    private static KeyFigureEntry Card(KeyFigure main, KeyFigure? other, Indicator indicator)
    {
        var entry = KeyFigureEntry.Of(main);
        if (other is null || main.Change is { Length: > 0 })
        {
            return entry;
        }

        var below = Units.IsRate(other.Unit)
            ? (ChangeWord().Match(other.Label) is { Success: true } w ? w.Value : "增长") + other.Text
            : (indicator.TotalWord ?? string.Empty) + other.Text;
        return entry with { Change = below };
    }

    /// <summary>Not a share, a part or a comparison with a benchmark: the indicator's own value.</summary>
    private static bool Plain(KeyFigure f) => !NotOwn().IsMatch(f.Label);

    /// <remarks>
    /// A bracket that narrows what is counted (扣除沙尘天后, 其中, 不含…) makes a variant; one that names
    /// (（PM2.5）, （Ⅰ—Ⅲ类）) does not. A part of the place as the subject (某某新区直管区地区生产总值, 开发区,
    /// 县（市）) is not the place's own value, nor is a group of projects' (重点项目完成投资, 在手项目投资总额,
    /// 工程包完成投资, a plan's 总投资, 签约投资总额) or what a measure brought about (发放消费券拉动消费20亿元,
    /// 撬动社会消费, 带动新增投资); 带动 before the place's own indicator (带动全社会固定资产投资增长10%) still
    /// gives the place's figure.
    /// </remarks>
    [GeneratedRegex(@"占[^，。]{0,16}(?:比重|比例)|占比|（[^）]*(?:扣除|剔除|不含|含|其中|不包括|包括|口径|计算|按)|^其中|高于|快于|低于|慢于|相当于|分别|^[^，。、]{0,10}?(?:新区|开发区|高新区|园区|直管区|试验区|示范区|自贸区|县（市）|县市区|区县)|项目|工程包|总投资|签约|^(?:带动|拉动|撬动)(?:新增|[^，]{0,2}消费)")]
    private static partial Regex NotOwn();

    /// <summary>
    /// What a per cent is of, in a label: a rate, a share, an index or a change (城镇化率, 比重, 研发投入强度,
    /// 增长, 削减). Without one the per cent is a share of some group's doing (80%的小企业完成改制,
    /// 某类机组实现超低排放), no result of the place's economy.
    /// </summary>
    [GeneratedRegex(@"率|比重|比例|占比|指数|强度|幅|增速|增长|下降|提高|上升|增加|减少|回落|上涨|降低|下跌|改善|削减|份额|贡献|覆盖|达标|优良|合格")]
    private static partial Regex RateWord();

    /// <summary>Times and events counted (121起, 8次, 3期): tallies of work done, not results of the economy.</summary>
    [GeneratedRegex(@"^(?:万|亿)?(?:起|次|期|场|篇|例|人次|轮|届)$")]
    private static partial Regex Tally();

    /// <summary>A label cut from a list or holding another number (举办N期读书班、): a fragment, not a measure.</summary>
    [GeneratedRegex(@"[、，；：]$|[0-9]")]
    private static partial Regex Fragment();

    /// <summary>
    /// A label that does not say what it measures: 增长 · 比上年 · 提高, or a bare measure after its verb
    /// (实现投资, 完成年度投资, 投资总额, 实际投资): whose it is stood in a clause before (推动某产业30个项目落地，实现投资…).
    /// </summary>
    [GeneratedRegex(@"^(?:比上年|同比|较上年)?(?:增长|下降|提高|上升|增加|减少)|^.{0,1}$|^(?:全年|当年|年度|累计|共|实际)?(?:实现|完成|达到|达)?(?:年度|当年)?(?:总?投资(?:总?额|规模)?|总额|总量|规模|产值|总产值)$")]
    private static partial Regex Vague();

    /// <summary>
    /// The change word a level's card takes from its rate's label, with the time it covers when the label
    /// gives one (五年年均增长, 年均增长, 实际增长): a sub-line 增长7.2% under a level must not hide that
    /// the rate is a yearly average over five years.
    /// </summary>
    [GeneratedRegex(@"(?:(?:[五三十]年|[0-9]+年)?(?:年均|平均每年))?(?:实际|名义|同比|比上年)?(?:增长|下降|上涨|提高|降低|回落)$")]
    private static partial Regex ChangeWord();
}
