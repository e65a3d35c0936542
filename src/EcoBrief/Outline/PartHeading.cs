using System.Text.RegularExpressions;

namespace EcoBrief.Outline;

/// <summary>
/// An unnumbered part heading on a line of its own (“十四五”时期工作回顾 / 2026年重点工作 / 今年主要工作成效): some reports
/// number their parts, others set the heading alone on its line. Such a line is short, carries no
/// sentence punctuation and names a part of the genre's outline.
/// </summary>
public static partial class PartHeading
{
    private const int MaxLength = 40;

    private const string Words = @"回顾|重点工作|工作安排|工作(?:成效|成绩|情况)|主要成绩|主要成就|主要任务|工作任务|目标任务|主要目标|发展成就|总体要求|总体部署|政府自身建设|年(?:的)?(?:政府)?(?:主要|重点|各项)?工作|时期|主要考虑";

    [GeneratedRegex(Words)]
    private static partial Regex PartWords();

    [GeneratedRegex("(?:" + Words + ")$")]
    private static partial Regex EndsWithPartWords();

    /// <summary>
    /// Where a part heading glued to its first paragraph by a space ends (2025年工作回顾 2025年，全省经济…。 ·
    /// **2026年政府工作主要任务** 今年是…), 0 when the line is none: the words before the
    /// space read as a part heading and end as one does, on the part's name (回顾, 主要任务, 2005年的工作),
    /// and a sentence follows. 回顾过去一年 我们… opens a sentence, not a part.
    /// </summary>
    public static int GluedEnd(string line)
    {
        if (Glued().Match(line) is not { Success: true } m || !Is(m.Groups["h"].Value))
        {
            return 0;
        }

        return EndsWithPartWords().IsMatch(m.Groups["h"].Value) ? m.Groups["rest"].Index : 0;
    }

    [GeneratedRegex(@"^(?<h>[^\s。，；：,;:！？]{4,30}?)[ \u3000]+(?<rest>\S.*[。！？].*)$")]
    private static partial Regex Glued();

    /// <summary>True when <paramref name="line"/>, standing alone after a finished paragraph, reads as a part heading.</summary>
    public static bool Is(string line)
    {
        var t = line.Trim();
        return t.Length is >= 4 and <= MaxLength
            && t.IndexOfAny(['。', '，', '；', '：', '！', '？', ',', ';', ':', '!', '?']) < 0
            && Marker.Detect(t) is null
            && PartWords().IsMatch(t);
    }
}
