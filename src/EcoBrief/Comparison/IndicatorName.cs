using System.Text.RegularExpressions;
using EcoBrief.Lexicon;

namespace EcoBrief.Comparison;

/// <summary>
/// What a figure or target measures, with the wording that does not change the measure taken out, so
/// that 国内生产总值增长 (a national report) and 地区生产总值增长 (a province's), or 单位国内生产总值能耗下降
/// and …能耗降低, are one indicator: the direction words (增长, 涨幅, 下降 …), the year, 全国/全省-style
/// scopes and the verbs that lead to the number (降到, 控制在 …) go; the names of output and prices are
/// made one (地区生产总值 ≈ 国内生产总值 ≈ 生产总值 ≈ GDP ≈ 经济增长's 经济; 居民消费价格总水平 ≈ 居民消费价格).
/// </summary>
public static partial class IndicatorName
{
    private static readonly (string From, string To)[] Synonyms =
    [
        ("国内生产总值", "生产总值"), ("地区生产总值", "生产总值"), ("GDP", "生产总值"),
        ("居民消费价格总水平", "居民消费价格"), ("消费价格总水平", "居民消费价格"), ("物价总水平", "居民消费价格"),
        ("优良天数比例", "优良天数比率"), ("空气质量优良天数", "优良天数"),
    ];

    /// <summary>
    /// The measure of <paramref name="label"/>: a headline indicator's as the lexicon names it
    /// (<see cref="IndicatorLexicon"/>: 调查失业率 and 城镇调查失业率, 外贸进出口 and 进出口总额 are one), else
    /// the label without its wording; the label itself (trimmed) when nothing is left.
    /// </summary>
    public static string Measure(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (IndicatorLexicon.Of(label) is { } indicator)
        {
            return indicator.Measure;
        }

        var s = Wording().Replace(label, string.Empty);
        s = Leading().Replace(s, string.Empty);
        foreach (var (from, to) in Synonyms)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        // 居民消费价格 has no 居民 in some reports (消费价格涨幅), and 经济增长 is the growth of output: one name each.
        s = s switch
        {
            "消费价格" => "居民消费价格",
            "经济" => "生产总值",
            _ => s,
        };

        s = s.Trim(Trimmed);
        return s.Length == 0 ? label.Trim() : s;
    }

    private static readonly char[] Trimmed = [' ', '，', '、', '：', '－', '-', '—', '~', '～', '（', '）', '(', ')'];

    /// <summary>Direction words, and the verbs and comparisons that lead to the number.</summary>
    [GeneratedRegex("(比上年|同比|实际|年均|平均|分别|均|预期|目标)?(增长|增速|涨幅|上涨|下降|降低|回落|提高|减少|增加)(到|至|为)?|(降到|回落到|提高到|达到|控制在|保持在|稳定在|为)$")]
    private static partial Regex Wording();

    /// <summary>A year, or a scope of time or place, before what is measured.</summary>
    [GeneratedRegex("^((\\d{4}年)?(年末|年底|全年|今年|去年)?(全国|全省|全市|全区|全自治区)?)+")]
    private static partial Regex Leading();
}
