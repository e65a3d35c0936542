using System.Text.RegularExpressions;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// Scores a top-level heading as a review of last year's work, a statement of problems, or this
/// year's tasks, from the words work reports use for each.
/// </summary>
internal static partial class SectionClassifier
{
    [GeneratedRegex(@"回顾|过去一年|过去五年|一年来|五年来|取得|成效|成绩|进展|成就|总结|主要工作|工作情况|完成情况")]
    private static partial Regex ReviewWords();

    [GeneratedRegex(@"任务|重点工作|工作安排|主要工作安排|部署|今年|明年|下一步|重点抓好|抓好|做好|目标|总体要求|安排")]
    private static partial Regex TaskWords();

    [GeneratedRegex(@"问题|挑战|不足|短板|困难|风险|差距")]
    private static partial Regex ChallengeWords();

    public static SectionRole Classify(OutlineNode section)
    {
        var heading = Heading(section);
        var review = ReviewWords().Count(heading);
        var tasks = TaskWords().Count(heading);
        var challenges = ChallengeWords().Count(heading);
        if (challenges > 0 && challenges >= review && challenges >= tasks)
        {
            return SectionRole.Challenges;
        }

        if (review > tasks)
        {
            return SectionRole.Review;
        }

        return tasks > review ? SectionRole.Tasks : SectionRole.Other;
    }

    /// <summary>The heading of a section: its first sentence, without the stop.</summary>
    public static string Heading(OutlineNode section) =>
        section.Sentences.Count > 0 ? SentenceSplitter.TrimStop(section.Sentences[0].Text) : string.Empty;
}
