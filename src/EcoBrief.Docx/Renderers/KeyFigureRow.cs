using System.Text.RegularExpressions;
using EcoBrief.Model;

namespace EcoBrief.Docx.Renderers;

/// <summary>
/// One row of the key-figures table 指标 | 数值 | 变化: the entry it shows (value, unit, qualifier, period,
/// span, typed) and its cells. A growth is a change, so it goes under 变化 and what grew is the 指标
/// (一般公共预算收入 | — | 增长2.9%; 地区生产总值 | 5.3万亿元 | 增长5.5% where the card had the level
/// below the growth); a row the report gives no change for says so (—), never an empty cell.
/// </summary>
internal sealed partial record KeyFigureRow(KeyFigureEntry Entry)
{
    private const string None = "—";

    public IReadOnlyList<string> Cells
    {
        get
        {
            var e = Entry;
            if (e.Period != FigurePeriod.Target && IsRate(e.Unit) && ChangeWord().Match(e.Indicator) is { Success: true } word && word.Index >= 2)
            {
                var what = e.Indicator[..word.Index];
                var level = e.Change is { } c && TotalWord().Match(c) is { Success: true } total ? c[total.Length..] : null;
                var other = e.Change is { } d && level is null ? "；" + d : string.Empty;
                return [what, level ?? None, word.Value + e.Text + other];
            }

            return [e.Indicator, e.Text, e.Change ?? None];
        }
    }

    private static bool IsRate(string unit) => unit is "%" or "个百分点" or "百分点" or "‰";

    /// <summary>The change a label ends with: 增长, 实际增长, 下降, 上涨…</summary>
    [GeneratedRegex(@"(?:实际|名义|同比|比上年)?(?:增长|下降|上涨|提高|降低|回落)$")]
    private static partial Regex ChangeWord();

    /// <summary>A level set below a growth on its card (总量5.3万亿元, 总额5.95万亿元), or a level alone (6.9万元).</summary>
    [GeneratedRegex(@"^(?:总量|总额|总值|规模)?(?=[0-9超突近约逾])")]
    private static partial Regex TotalWord();
}
