using System.Text.RegularExpressions;
using EcoBrief.Lexicon;
using EcoBrief.Model;

namespace EcoBrief.Extraction;

/// <summary>
/// Values given "respectively" for the items of a list: 甲、乙增加值分别增长8%、7% is 甲增加值增长 8% and
/// 乙增加值增长 7%. The items come before the measure they share (增加值, 产量, 人均可支配收入, or the
/// verb alone); 城乡 before a measure is 城镇 and 农村.
/// </summary>
internal static partial class RespectiveLists
{
    /// <summary>
    /// The change or copula a label ends with, with its 分别 and how it is reckoned: 分别增长 · 年均增长 ·
    /// 分别达到 · 分别实际增长 · 扣除价格因素分别增长 (a real change, as 实际 says, which every item keeps).
    /// </summary>
    [GeneratedRegex(@"(?:(?:扣除|剔除)价格因素后?)?(?:分别)?(?:年均|同比|比上年|较上年)?(?:分别)?(?:实际)?(?:再)?(?:增长|下降|提高|上升|降低|减少|增加|回落|上涨|压减|增至|提高到|达到|达|为)?$")]
    private static partial Regex Tail();

    /// <summary>A change reckoned without prices said the short way: 扣除价格因素增长 → 实际增长.</summary>
    private static string Real(string verb) => PricesTakenOut().Replace(verb, "实际");

    [GeneratedRegex(@"^(?:扣除|剔除)价格因素后?(?=(?:年均|同比|比上年|较上年)?(?:增长|下降|提高|上升|降低|减少|增加))")]
    private static partial Regex PricesTakenOut();

    /// <summary>A measure that the items of a list share: the first of these in the last item starts it.</summary>
    [GeneratedRegex(@"居民人均可支配收入|人均可支配收入|可支配收入|人均[^、和]{1,4}?(?:经费|面积|收入|支出)|增加值|营业收入|经营收入|(?<!经)营收|总产值|产值|产量|销售额|零售额|销售收入|业务量|吞吐量|排放量|排放总量|贷款余额|余额|进出口|出口|进口|数量|人数|花费|总额|利润|投资|收入|支出|收购价|价格|标准|规模|面积|比重|占比|增速|[^、和]{0,2}率")]
    private static partial Regex SharedMeasure();

    /// <summary>An item that names a measure of its own already: 用水量 · 能耗 · 公用经费 · 合格率.</summary>
    [GeneratedRegex(@"[量率额数值耗价费]$")]
    private static partial Regex OwnMeasure();

    /// <summary>A kind of economy that a modifier of two characters names the sort of: 传统产业 · 民营企业 · 数字经济.</summary>
    [GeneratedRegex(@"^(?:产业|行业|企业|经济|工业|项目)")]
    private static partial Regex KindOfEconomy();

    /// <summary>Modifiers that come in pairs: 城镇/农村 · 国内/入境 · 中央/地方.</summary>
    [GeneratedRegex(@"^(?:城镇|农村|城市|乡村|国内|国际|入境|出境|境内|境外|中央|地方)$")]
    private static partial Regex PairedModifiers();

    [GeneratedRegex(@"^(?:19|20)[0-9]{2}年")]
    private static partial Regex LeadingYear();

    /// <summary>
    /// Gives each figure of a run with one list label (from <paramref name="first"/> on) its own item.
    /// <paramref name="lastRun"/> holds the labels of the sentence's last run so given: a run after it
    /// that only carries its last label on (分别达5.1万元、2.4万元，增长4.5%、6.1%) follows it item by item.
    /// </summary>
    /// <remarks>
    /// A run with no subject of its own (城镇居民人均可支配收入9785元，农民人均纯收入4120元，分别增长10.3%和7.7%)
    /// takes the subjects of as many levels just before it in the sentence (from <paramref name="sentenceFirst"/>), item by item.
    /// </remarks>
    public static void Distribute<T>(List<(KeyFigure Figure, T Cue)> found, int first, int sentenceFirst, ref string[]? lastRun)
    {
        var i = first;
        while (i < found.Count)
        {
            var j = i + 1;
            while (j < found.Count && found[j].Figure.Label == found[i].Figure.Label)
            {
                j++;
            }

            var labels = j - i >= 2 ? Split(found[i].Figure.Label, j - i) ?? Follow(found[i].Figure.Label, j - i, lastRun) ?? OfLevelsBefore(found, i, j - i, sentenceFirst) : null;
            if (labels is not null)
            {
                lastRun = labels;
                for (var k = i; k < j; k++)
                {
                    found[k] = (found[k].Figure with { Label = labels[k - i] }, found[k].Cue);
                }
            }

            i = j;
        }
    }

    /// <summary>A change given respectively with no subject: 分别增长 · 均增长 · 分别比上年下降.</summary>
    [GeneratedRegex(@"^(?:同比|比上年|较上年)?(?:分别|均)(?:同比|比上年|较上年)?(?<verb>(?:实际)?(?:增长|下降|提高|上升|降低|减少|增加|回落|上涨))$")]
    private static partial Regex BareRespectiveChange();

    /// <summary>
    /// The labels of a run of <paramref name="count"/> changes with no subject (分别增长) from the levels just
    /// before it in its sentence: each level's subject and the change's verb; null unless there are as many levels.
    /// </summary>
    private static string[]? OfLevelsBefore<T>(List<(KeyFigure Figure, T Cue)> found, int at, int count, int sentenceFirst)
    {
        if (BareRespectiveChange().Match(found[at].Figure.Label) is not { Success: true } bare || at - count < sentenceFirst)
        {
            return null;
        }

        var levels = found.GetRange(at - count, count).Select(f => f.Figure).ToList();
        if (levels.Any(f => Units.IsRate(f.Unit)) || levels.Select(f => f.Label).Distinct(StringComparer.Ordinal).Count() < count)
        {
            return null;
        }

        return [.. levels.Select(f => Measure(f.Label) + bare.Groups["verb"].Value)];
    }

    /// <summary>The labels of a run that carries on <paramref name="run"/>'s last label with a change of its own.</summary>
    private static string[]? Follow(string label, int count, string[]? run)
    {
        if (run is null || run.Length != count)
        {
            return null;
        }

        var last = Measure(run[^1]);
        return label.StartsWith(last, StringComparison.Ordinal) && label.Length > last.Length
            ? [.. run.Select(r => Measure(r) + label[last.Length..])]
            : null;
    }

    /// <summary>A label without the change it ends with: 棉纺业增加值增长 → 棉纺业增加值.</summary>
    private static string Measure(string label) => Tail().Match(label) is { Success: true, Length: > 0 } t ? label[..t.Index] : label;

    /// <summary>The label of each of <paramref name="count"/> items, or null when the label is not a list of that many.</summary>
    internal static string[]? Split(string label, int count)
    {
        if (label.Contains('（', StringComparison.Ordinal))
        {
            return null;
        }

        var tail = Tail().Match(label);
        var verb = Real(WithoutRespectively(tail.Value)).TrimStart('再');
        var head = label[..tail.Index];
        var items = head.Split('、');
        if (items.Length == 1 && count == 2 && head.IndexOf("城乡", StringComparison.Ordinal) is var both and >= 0 && SharedMeasure().IsMatch(head[(both + 2)..]))
        {
            // 城乡居民人均可支配收入分别增长: the towns' first, then the countryside's.
            var rest = head[(both + 2)..];
            return [head[..both] + "城镇" + rest + verb, head[..both] + "农村" + rest + verb];
        }

        if (items.Length < count && items[^1].LastIndexOf('和') is var join and > 0)
        {
            items = [.. items[..^1], items[^1][..join], items[^1][(join + 1)..]];
        }

        // 一、二、三产业 / 2024年中、高等院校: items of one character abbreviate words; leave them whole.
        if (items.Length != count || items.Any(t => LeadingYear().Replace(t, string.Empty).Length < 2))
        {
            return null;
        }

        var last = items[^1];

        // 市属企业营业收入、利润: the items are measures of the subject the first one names.
        if (SharedMeasure().Match(items[0], 1) is { Success: true } own && items.Skip(1).All(IsBareMeasure))
        {
            var subject = items[0][..own.Index];
            return [.. items.Select((item, k) => WithoutRespectively((k == 0 ? item : subject + item) + verb))];
        }

        var shared = SharedMeasure().Match(last, 1) is { Success: true } m ? last[m.Index..] : string.Empty;
        var labels = new string[count];
        for (var k = 0; k < count; k++)
        {
            var item = items[k];
            if (k < count - 1 && !OwnMeasure().IsMatch(item) && !SharedMeasure().IsMatch(item))
            {
                // 省级、市级示范园区: with no measure to share, a short item cannot be told whole.
                if (shared.Length == 0 && item.Length < 4)
                {
                    return null;
                }

                // 城镇、农村困难群众救助标准: a pair of modifiers shares all that follows the second.
                // 传统、新兴产业在手项目投资总额: a modifier of two characters shares what follows the last item's
                // modifier when a kind of economy opens it (产业, 行业, 企业…), not the measure alone.
                item = (PairedModifiers().IsMatch(item) && last.Length > item.Length && PairedModifiers().IsMatch(last[..item.Length]))
                    || (item.Length == 2 && last.Length > item.Length + 2 && KindOfEconomy().IsMatch(last[item.Length..]))
                    ? item + last[item.Length..]
                    : Join(item, shared);
            }

            labels[k] = WithoutRespectively(item + verb);
        }

        return labels;
    }

    /// <summary>One item's label says no 分别, wherever the list's label had it.</summary>
    private static string WithoutRespectively(string label) => label.Replace("分别", string.Empty, StringComparison.Ordinal);

    private static bool IsBareMeasure(string item) => SharedMeasure().Match(item) is { Success: true, Index: 0 } m && m.Length == item.Length;

    /// <summary>An item and the measure it shares, once where they overlap: 城镇居民 + 居民人均可支配收入.</summary>
    private static string Join(string item, string shared)
    {
        for (var n = Math.Min(item.Length, shared.Length); n > 0; n--)
        {
            if (item.EndsWith(shared[..n], StringComparison.Ordinal))
            {
                return item + shared[n..];
            }
        }

        return item + shared;
    }
}
