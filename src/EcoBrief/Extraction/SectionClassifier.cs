using System.Text.RegularExpressions;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// Scores a top-level section as a review, what lies between, this year's tasks or the government's
/// own conduct, from the words work reports use in its heading and in the first lines of its body,
/// then assigns the roles by position: a review first, tasks after it, the government's chapter last.
/// </summary>
internal static partial class SectionClassifier
{
    [GeneratedRegex(@"回顾|过去一年|过去五年|一年来|五年来|取得|成效|成绩|进展|成就|总结|工作情况|完成情况")]
    private static partial Regex ReviewWords();

    [GeneratedRegex(@"任务|重点工作|工作安排|主要工作(?!回顾)|年(?:的)?工作(?!回顾|情况|成效)|部署|今年|明年|下一步|重点抓好|抓好|做好|建议")]
    private static partial Regex TaskWords();

    /// <summary>A plan period or the overall requirements: the part between review and tasks.</summary>
    [GeneratedRegex(@"“?十[一二三四五六七八九]五”?时期|五年规划|规划纲要|总体要求|总体部署|主要考虑|政策取向|目标任务|主要目标|战略(?:重点|举措|部署|任务|定位)|把握的")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"政府自身建设|政府治理|服务型政府|法治政府|法治型|政府工作各方面|人民满意的|转作风|政府建设")]
    private static partial Regex GovernmentWords();

    [GeneratedRegex(@"问题|挑战|不足|短板|困难|风险|差距")]
    private static partial Regex ChallengeWords();

    /// <summary>How a section of this year's work opens: 今年是…开局之年 / 主要预期目标 / 重点抓好以下工作.</summary>
    [GeneratedRegex(@"今年(?:是|经济社会发展|发展的|政府工作|工作)|(?:19|20)[0-9]{2}年是|主要预期目标|重点(?:抓好|做好)|着力抓好|做好以下|以下(?:几个方面|方面|[0-9一二三四五六七八九十]+(?:个方面|项|方面))")]
    private static partial Regex TaskLead();

    /// <summary>How a review opens: 过去一年 / 一年来 / 这五年 / 刚刚过去的.</summary>
    [GeneratedRegex(@"过去(?:的)?一年|一年来|过去五年|五年来|刚刚过去的|这五年|极不平凡|极不寻常")]
    private static partial Regex ReviewLead();

    /// <summary>The heading of a node: its first sentence, without the stop.</summary>
    public static string HeadingOf(OutlineNode node) =>
        node.Sentences.Count > 0 ? SentenceSplitter.TrimStop(node.Sentences[0].Text) : string.Empty;

    /// <summary>Assigns a role to every section and returns a line per section for the explanation.</summary>
    public static List<string> Assign(IReadOnlyList<ReportSection> sections)
    {
        var notes = new List<string>();
        var scores = sections.Select(Score).ToList();
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i].Role = SectionRole.Other;
            sections[i].RoleBasis = "none";
        }

        // The review: the first section that reads as one; a report opens with it.
        var review = scores.FindIndex(s => s.HeadingReview > 0 || (s.Review > 0 && s.Review >= s.Tasks));
        if (review < 0 && sections.Count > 0)
        {
            review = 0;
        }

        if (review >= 0)
        {
            sections[review].Role = SectionRole.Review;
            sections[review].RoleBasis = sections.Count == 1 ? "whole" : scores[review].HeadingReview > 0 ? "heading" : scores[review].Review > 0 ? "lead" : "first";
        }

        // A section of problems of its own (二、存在的问题), rare but plain.
        for (var i = 0; i < sections.Count; i++)
        {
            if (i != review && scores[i].Challenges > 0 && scores[i].Challenges >= scores[i].Tasks && scores[i].Review == 0 && scores[i].Between == 0)
            {
                sections[i].Role = SectionRole.Challenges;
                sections[i].RoleBasis = "heading";
            }
        }

        // The government's own conduct: a chapter after the review whose heading is about it.
        for (var i = review + 1; i < sections.Count; i++)
        {
            if (sections[i].Role == SectionRole.Other && scores[i].Government > 0 && scores[i].Tasks <= scores[i].Government)
            {
                sections[i].Role = SectionRole.Government;
            }
        }

        // This year's tasks: the best task score after the review (its heading counts double).
        var tasks = -1;
        double best = 0;
        for (var i = review + 1; i < sections.Count; i++)
        {
            if (sections[i].Role != SectionRole.Other)
            {
                continue;
            }

            var s = scores[i].Tasks - (2.0 * scores[i].Between);
            if (s > best || (s == best && s > 0 && scores[i].Between < scores[tasks].Between))
            {
                (best, tasks) = (s, i);
            }
        }

        // 2020-style reports: after the overall plan, each chapter is one task (三、稳住经济基本盘…).
        var chapters = Enumerable.Range(review + 1, Math.Max(0, sections.Count - review - 1))
            .Where(i => sections[i].Role == SectionRole.Other && scores[i].Tasks == 0 && scores[i].Between == 0 && scores[i].Review == 0).ToList();
        if (chapters.Count >= 3 && (tasks < 0 || scores[tasks].Between > 0 || chapters[0] > tasks))
        {
            foreach (var c in chapters)
            {
                sections[c].Role = SectionRole.TaskChapter;
                sections[c].RoleBasis = "chapters";
            }

            if (tasks >= 0 && tasks < chapters[0])
            {
                sections[tasks].Role = SectionRole.Between;
            }

            tasks = -1;
        }
        else if (tasks < 0)
        {
            // No heading says so: the last section after the review that is not the government's.
            for (var i = sections.Count - 1; i > review; i--)
            {
                if (sections[i].Role == SectionRole.Other)
                {
                    tasks = i;
                    sections[i].RoleBasis = "guessed";
                    notes.Add($"no heading reads as this year's work; guessed 「{sections[i].Heading}」");
                    break;
                }
            }
        }

        if (tasks >= 0)
        {
            sections[tasks].Role = SectionRole.Tasks;
            if (sections[tasks].RoleBasis != "guessed")
            {
                sections[tasks].RoleBasis = TaskWords().IsMatch(sections[tasks].Heading) ? "heading" : "lead";
            }
        }

        for (var i = review + 1; i < sections.Count; i++)
        {
            if (sections[i].Role == SectionRole.Other && (scores[i].Between > 0 || i < tasks))
            {
                sections[i].Role = SectionRole.Between;
            }
        }

        for (var i = 0; i < sections.Count; i++)
        {
            var s = scores[i];
            notes.Insert(i, $"section {i + 1} 「{sections[i].Heading}」 → {sections[i].Role} (review {s.Review}, between {s.Between}, tasks {s.Tasks}, government {s.Government})");
        }

        return notes;
    }

    private static RoleScores Score(ReportSection section)
    {
        var heading = section.Heading;
        var lead = section.Lead(160);
        var headingReview = ReviewWords().Count(heading);
        return new RoleScores(
            HeadingReview: headingReview,
            Review: (2 * headingReview) + (ReviewLead().IsMatch(lead) ? 1 : 0),
            Between: BetweenWords().Count(heading),
            Tasks: (2 * TaskWords().Count(heading)) + (TaskLead().IsMatch(lead) ? 1 : 0),
            Government: GovernmentWords().Count(heading),
            Challenges: ChallengeWords().Count(heading));
    }

    /// <summary>True for a heading that names a review (回顾, 工作成效…).</summary>
    public static bool ReadsAsReview(string heading) => ReviewWords().IsMatch(heading);

    /// <summary>True for a line that reads as a part heading of a work report (review, plan, tasks, the government's conduct).</summary>
    public static bool IsPartHeading(string heading) =>
        ReviewWords().IsMatch(heading) || TaskWords().IsMatch(heading) || BetweenWords().IsMatch(heading) || GovernmentWords().IsMatch(heading);

    private readonly record struct RoleScores(int HeadingReview, int Review, int Between, int Tasks, int Government, int Challenges);
}
