using System.Text.RegularExpressions;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// Gives each top-level section its role — a review, problems, what lies between, this year's work (as
/// one part or as chapters), the government's own conduct, or other — by fitted weights over what its
/// heading and opening say and where it stands, in an order the genre's outline allows.
/// </summary>
internal static partial class SectionClassifier
{
    [GeneratedRegex(@"回顾|过去一年|过去五年|一年来|五年来|取得|成效|成绩|进展|成就|总结|工作情况|完成情况")]
    private static partial Regex ReviewWords();

    /// <summary>A heading that names a review as its title (2025年工作回顾, “十四五”重大成就, 过去五年的工作), not a result (取得新进展).</summary>
    [GeneratedRegex(@"回顾|工作总结|(?:重大|主要)成就|过去(?:的)?(?:一年|五年)")]
    private static partial Regex ReviewTitle();

    [GeneratedRegex(@"任务|重点工作|工作安排|主要工作(?!回顾)|年(?:的)?工作(?!回顾|情况|成效)|部署|今年|明年|下一步|重点抓好|抓好|做好|建议")]
    private static partial Regex TaskWords();

    /// <summary>A plan period or the overall requirements: the part between review and tasks.</summary>
    [GeneratedRegex(@"“?十[一二三四五六七八九]五”?时期|五年规划|规划纲要|总体要求|总体部署|主要考虑|政策取向|目标任务|主要目标|战略(?:重点|举措|部署|任务|定位)|把握的")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"政府自身建设|政府治理|服务型政府|法治政府|法治型|政府工作各方面|人民满意的|转作风|政府建设|行政能力|政风|作风建设|廉政|自身建设|勤政|效能建设|(?:建设|打造)[^，。；]{0,14}政府(?![补投债采购性])|人民满意政府|政府(?:工作)?(?:的)?(?:科学化)?(?:水平|效能|履职|执行力|作风)|改进政府工作|自身改革|保障措施")]
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

    /// <summary>Other chapters of a State Council report: foreign policy, defence, Hong Kong, Macao and Taiwan, nationalities.</summary>
    [GeneratedRegex(@"外交|国防|军队|港澳|香港|澳门|台湾|祖国统一|民族团结|宗教")]
    private static partial Regex OtherWords();

    /// <summary>What opens a chapter of work: 加快… 推进… 坚持… — a heading that is an action, not a title.</summary>
    [GeneratedRegex(@"^(?:加快|加大|推进|坚持|着力|全面|大力|深化|加强|促进|推动|实施|积极|努力|进一步|切实|全力|扎实|持续|统筹|提高|提升|建设|打造|保持|继续|实现|构建|做好|抓好|强化|优化|扩大|发展|坚定|聚焦|围绕|以|稳住|稳定|依靠|确保|增强|完善|健全|深入|不断|着眼|落实|巩固|防范|保障|改善|守住|筑牢|激发|培育|畅通|夯实|突出|坚决|全力以赴|千方百计|大抓|狠抓|抓住|用好|办好|服务|营造|创新|振兴|繁荣)")]
    private static partial Regex ActionHeading();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}")]
    private static partial Regex Year();

    /// <summary>A year's work named as such: 2024年工作安排 · 今年重点工作 · 明年的主要任务 · 2024年主要目标和重点工作.</summary>
    [GeneratedRegex(@"(?:[0-9]{4}年|今年|明年|本年)(?:的)?(?:政府)?(?:主要|重点)?(?:工作(?!回顾|情况|成效)|任务)|(?:[0-9]{4}年|今年|明年|本年)[^，。；]{0,8}(?:重点工作|工作安排|工作任务|主要任务)")]
    private static partial Regex YearWork();

    [GeneratedRegex(@"五年|十[一二三四五六七八九]五")]
    private static partial Regex FiveYearWords();

    /// <summary>The roles a section can take, with the names their features are prefixed with.</summary>
    internal static readonly (SectionRole Role, string Name)[] Roles =
    [
        (SectionRole.Other, "other"), (SectionRole.Review, "review"), (SectionRole.Challenges, "challenges"), (SectionRole.Between, "between"),
        (SectionRole.Tasks, "tasks"), (SectionRole.Government, "government"),
    ];

    /// <summary>The feature that counts a role's own words in a heading.</summary>
    private static readonly Dictionary<SectionRole, string> OwnWords = new()
    {
        [SectionRole.Other] = "h-other", [SectionRole.Review] = "h-review", [SectionRole.Challenges] = "h-challenge",
        [SectionRole.Between] = "h-between", [SectionRole.Tasks] = "h-task", [SectionRole.Government] = "h-government",
    };

    /// <summary>The fitted weights of the roles (weights/sections.tsv).</summary>
    private static Scoring.LinearModel Model => Scoring.LinearModel.Embedded("sections");

    /// <summary>
    /// Assigns a role to every section: each section is described by features (its heading's words,
    /// how its body opens, the years it names against the report's latest, its place, whether it holds
    /// a numbered list of its own), the fitted weights give each role a probability, and the most
    /// probable sequence the genre's outline allows is taken — anything, then a review, then problems,
    /// plans or anything, then this year's work as one part or as chapters, then the government's own
    /// conduct or anything. Returns a line per section for the explanation.
    /// </summary>
    public static List<string> Assign(IReadOnlyList<ReportSection> sections, Scoring.DecisionTrace? trace = null)
    {
        var notes = new List<string>();
        if (sections.Count == 0)
        {
            return notes;
        }

        var latest = sections.SelectMany(s => YearsOf(s.Heading)).DefaultIfEmpty(0).Max();
        var total = Math.Max(1, sections.Sum(s => s.End - s.Start));
        var features = sections.Select((s, i) => Describe(sections, i, latest, total)).ToList();
        var ruled = RuleRoles(sections, latest);
        // Two features are shared by every role, so what the common parts teach carries to the rare ones
        // (a part of problems of its own, the government's conduct): the rules of thumb name this role,
        // and the heading holds this role's own words.
        var candidates = features.Select((f, i) => Roles.Select(r => Conjoined(f, r.Name)
            .Flag("rule-agrees", ruled[i] == r.Role).Flag(r.Name + ":rule-agrees", ruled[i] == r.Role)
            .Add("h-own-words", f[OwnWords[r.Role]])).ToList()).ToList();
        var probabilities = candidates.Select(c => Scoring.LinearModel.Probabilities([.. c.Select(Model.Score)])).ToList();
        var roles = Decode(probabilities);
        // A run of chapters begins where the rules of thumb begin it: a part before them that names the
        // year's tasks without a list of its own (今年面临的形势和主要任务) is the plan they carry out.
        var firstTask = Array.IndexOf(roles, SectionRole.Tasks);
        if (firstTask >= 0 && firstTask + 1 < roles.Length && roles[firstTask + 1] == SectionRole.Tasks
            && ruled[firstTask] != SectionRole.Tasks && ruled[firstTask + 1] == SectionRole.Tasks)
        {
            roles[firstTask] = SectionRole.Between;
        }

        var chapters = roles.Count(r => r == SectionRole.Tasks) > 1;
        for (var i = 0; i < sections.Count; i++)
        {
            var chosen = Array.FindIndex(Roles, r => r.Role == roles[i]);
            var p = probabilities[i][chosen];
            // This year's work over several consecutive parts: each is a chapter of it (三、稳住经济基本盘…).
            sections[i].Role = chapters && roles[i] == SectionRole.Tasks ? SectionRole.TaskChapter : roles[i];
            sections[i].RoleBasis = sections.Count == 1 ? "whole" : p >= 0.9 ? "p0.9" : p >= 0.7 ? "p0.7" : p >= 0.5 ? "p0.5" : "low";
            sections[i].RoleProbability = p;
            var best = Roles.Select((r, k) => (r.Name, P: probabilities[i][k])).OrderByDescending(x => x.P).Take(3);
            notes.Add($"section {i + 1} 「{sections[i].Heading}」 → {sections[i].Role} (p {p:0.00}; {string.Join(", ", best.Select(b => $"{b.Name} {b.P:0.00}"))}; the rules say {ruled[i]}; {features[i]})");
            trace?.Decisions.Add(new Scoring.TracedDecision(Model.Name, $"section {i + 1}", [.. Roles.Select((r, k) => new Scoring.TracedCandidate(r.Name, candidates[i][k], []))], chosen)
            {
                Text = sections[i].Heading + "\n" + string.Join('\n', sections[i].Nodes.Select(n => n.Paragraph!.Text)),
                Probability = p,
            });
        }

        return notes;
    }

    /// <summary>
    /// What the genre's rules of thumb say of each part, in order, with no weights: the review is the
    /// first part whose heading names one or an earlier year's work (关于2019年工作; else whose opening does, else
    /// the first), and the next if its
    /// title names a review too (the five years, then last year); after it, this
    /// year's work is the first part whose heading names a year's work (2024年工作安排), else the first
    /// that names tasks, else the first that opens as this year's work; three or more headings in a row
    /// after the review that name no part and no year, with no such part before them, are its chapters;
    /// a heading that names problems, plans or the government's conduct is that. What they say is a
    /// feature of each role; the fitted weights decide how far to trust it.
    /// </summary>
    private static SectionRole[] RuleRoles(IReadOnlyList<ReportSection> sections, int latest)
    {
        var n = sections.Count;
        var roles = Enumerable.Repeat(SectionRole.Other, n).ToArray();
        var review = Enumerable.Range(0, n).FirstOrDefault(i => ReviewWords().IsMatch(sections[i].Heading) || NamesPastYearsWork(sections[i].Heading, latest), -1);
        if (review < 0)
        {
            review = Enumerable.Range(0, n).FirstOrDefault(i => ReviewLead().IsMatch(sections[i].Lead(160)), 0);
        }

        roles[review] = SectionRole.Review;
        // A review may go on in the next part (the five years, then last year: 2025年工作回顾).
        while (review + 1 < n && ReviewTitle().IsMatch(sections[review + 1].Heading) && !TaskWords().IsMatch(sections[review + 1].Heading))
        {
            roles[++review] = SectionRole.Review;
        }

        var after = Enumerable.Range(review + 1, Math.Max(0, n - review - 1)).ToList();
        var chapters = new List<int>();
        foreach (var i in after)
        {
            var plain = IsChapter(sections[i].Heading);
            if (plain && (chapters.Count == 0 || chapters[^1] == i - 1))
            {
                chapters.Add(i);
            }
            else if (chapters.Count < 3)
            {
                chapters.Clear();
            }
        }

        if (chapters.Count < 3)
        {
            chapters.Clear();
        }

        // A heading that names both the plan and this year's work (…目标任务和今年工作安排) is this year's
        // work, unless the work follows it — chapters of work, or a part that names tasks and no plan
        // (工作总体部署 before 某年重点工作任务): then it is the plan they carry out.
        bool NamesTasksOnly(int j) => YearWork().IsMatch(sections[j].Heading) && !BetweenWords().IsMatch(sections[j].Heading) && !GovernmentWords().IsMatch(sections[j].Heading);
        bool Plan(int i) => BetweenWords().IsMatch(sections[i].Heading)
            && (chapters.Count > 0 && chapters[0] > i || !TaskWords().IsMatch(sections[i].Heading) || after.Any(j => j > i && NamesTasksOnly(j)));
        var tasks = after.FirstOrDefault(i => YearWork().IsMatch(sections[i].Heading) && !NamesPastYearsWork(sections[i].Heading, latest) && !Plan(i) && !GovernmentWords().IsMatch(sections[i].Heading), -1);
        if (tasks < 0)
        {
            tasks = after.FirstOrDefault(i => TaskWords().IsMatch(sections[i].Heading) && !Plan(i) && !GovernmentWords().IsMatch(sections[i].Heading), -1);
        }

        if (tasks < 0)
        {
            tasks = after.FirstOrDefault(i => TaskLead().IsMatch(sections[i].Lead(160)) && !Plan(i), -1);
        }

        // A part that names this year's tasks right before three or more chapters, with no list of its own
        // (今年面临的形势和主要任务, then 加快…, 深化…, 大力…), sets out what the chapters carry out.
        var chaptersWin = chapters.Count >= 3 && (tasks < 0 || tasks > chapters[0] || (tasks == chapters[0] - 1 && !HasOwnList(sections[tasks])));
        foreach (var i in after)
        {
            var h = sections[i].Heading;
            roles[i] = chaptersWin && chapters.Contains(i) ? SectionRole.Tasks
                : i == tasks && !chaptersWin ? SectionRole.Tasks
                : GovernmentWords().IsMatch(h) ? SectionRole.Government
                : ChallengeWords().IsMatch(h) && !ReviewWords().IsMatch(h) ? SectionRole.Challenges
                : BetweenWords().IsMatch(h) || (tasks > i) ? SectionRole.Between
                : SectionRole.Other;
        }

        return roles;
    }

    /// <summary>
    /// True for a heading that names a year's work, all of whose years come before the latest any heading
    /// names (关于2019年工作 beside 关于2020年重点工作安排建议; 2013年主要工作 beside 2014年工作任务): that year's
    /// review, not this year's work.
    /// </summary>
    private static bool NamesPastYearsWork(string heading, int latest) =>
        YearWork().IsMatch(heading) && YearsOf(heading) is { Count: > 0 } years && years.Max() < latest;

    /// <summary>The years a heading names (2024年工作回顾 → 2024).</summary>
    private static List<int> YearsOf(string heading) =>
        [.. Year().Matches(heading).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>How many headings in a row that name no part and no year the section's stands among (0 when its own names one).</summary>
    private static int PlainRun(IReadOnlyList<ReportSection> sections, int index) => Run(sections, index, IsPlain);

    /// <summary>How many headings in a row, this one among them, call for action (加快…, 着力…, 做大做强…): the chapters of one year's work.</summary>
    private static int ActionRun(IReadOnlyList<ReportSection> sections, int index) => Run(sections, index, ActionHeading().IsMatch);

    /// <summary>The length of the run of consecutive headings that <paramref name="holds"/> for, through <paramref name="index"/>; 0 when it does not hold there.</summary>
    private static int Run(IReadOnlyList<ReportSection> sections, int index, Func<string, bool> holds)
    {
        if (!holds(sections[index].Heading))
        {
            return 0;
        }

        var start = index;
        while (start > 0 && holds(sections[start - 1].Heading))
        {
            start--;
        }

        var end = index;
        while (end + 1 < sections.Count && holds(sections[end + 1].Heading))
        {
            end++;
        }

        return end - start + 1;
    }

    /// <summary>
    /// A chapter's heading: one that names no part and no year, or an action (加大解决某某问题的力度 names
    /// a problem, but as the work's object) that names no review, plan, year or the government's conduct.
    /// </summary>
    private static bool IsChapter(string heading) =>
        IsPlain(heading) || (ActionHeading().IsMatch(heading) && !ReviewWords().IsMatch(heading) && !BetweenWords().IsMatch(heading)
            && !GovernmentWords().IsMatch(heading) && !YearWork().IsMatch(heading) && !Year().IsMatch(heading) && !OtherWords().IsMatch(heading));

    /// <summary>True when a section holds a numbered list of three or more items of its own.</summary>
    private static bool HasOwnList(ReportSection section) => OwnListLength(section) >= 3;

    /// <summary>How many items the longest numbered run among a section's own paragraphs has (—— lines aside).</summary>
    private static int OwnListLength(ReportSection section) =>
        section.Body.Where(b => b.Marker is { Style: not NumberingStyle.Dash }).GroupBy(b => b.Marker!.Style).Select(g => g.Count()).DefaultIfEmpty(0).Max();

    /// <summary>A heading that names no part of the outline and no year: a chapter's, as 稳住经济基本盘，着力稳企业保就业 is.</summary>
    private static bool IsPlain(string heading) =>
        !ReviewWords().IsMatch(heading) && !TaskWords().IsMatch(heading) && !BetweenWords().IsMatch(heading) && !GovernmentWords().IsMatch(heading)
        && !ChallengeWords().IsMatch(heading) && !OtherWords().IsMatch(heading) && !Year().IsMatch(heading);

    /// <summary>What a section looks like to the fitted weights; every feature is then given per role.</summary>
    private static Scoring.Features Describe(IReadOnlyList<ReportSection> sections, int index, int latest, int total)
    {
        var s = sections[index];
        var count = sections.Count;
        var heading = s.Heading;
        var lead = s.Lead(160);
        var years = YearsOf(heading);
        var numbered = OwnListLength(s);
        return new Scoring.Features()
            .Add("bias", 1)
            .Add("h-review", Math.Min(2, ReviewWords().Count(heading)))
            .Add("h-task", Math.Min(2, TaskWords().Count(heading)))
            .Add("h-between", Math.Min(2, BetweenWords().Count(heading)))
            .Add("h-government", Math.Min(2, GovernmentWords().Count(heading)))
            .Add("h-challenge", Math.Min(2, ChallengeWords().Count(heading)))
            .Add("h-other", Math.Min(2, OtherWords().Count(heading)))
            .Flag("h-action", ActionHeading().IsMatch(heading))
            .Flag("h-plain", IsPlain(heading))
            .Flag("h-five-year", FiveYearWords().IsMatch(heading))
            .Flag("h-latest-year", years.Count > 0 && years.Max() == latest)
            .Flag("h-earlier-year", years.Count > 0 && years.Min() < latest)
            .Flag("l-review", ReviewLead().IsMatch(lead))
            .Flag("l-task", TaskLead().IsMatch(lead))
            .Flag("first", index == 0)
            .Flag("last", index == count - 1)
            .Add("position", count > 1 ? (double)index / (count - 1) : 0)
            .Flag("own-list", numbered >= 2)
            .Flag("h-year-work", YearWork().IsMatch(heading))
            .Flag("h-past-year-work", NamesPastYearsWork(heading, latest))
            .Flag("prev-action", index > 0 && ActionHeading().IsMatch(sections[index - 1].Heading))
            .Flag("next-year-work", index + 1 < count && YearWork().IsMatch(sections[index + 1].Heading))
            .Flag("prev-year-work", index > 0 && YearWork().IsMatch(sections[index - 1].Heading))
            .Flag("next-action", index + 1 < count && ActionHeading().IsMatch(sections[index + 1].Heading))
            .Flag("after-review", sections.Take(index).Any(x => ReviewWords().IsMatch(x.Heading)))
            .Flag("plain-run", PlainRun(sections, index) >= 3)
            .Flag("action-run", ActionRun(sections, index) >= 3)
            .Add("share", (double)(s.End - s.Start) / total);
    }

    private static Scoring.Features Conjoined(Scoring.Features f, string role)
    {
        var conjoined = new Scoring.Features();
        foreach (var (name, value) in f.Values)
        {
            conjoined.Add(role + ":" + name, value);
        }

        return conjoined;
    }

    /// <summary>
    /// The most probable roles in an order the genre allows (a Viterbi search over the stages of the
    /// outline): before the review only other parts; the review, in one part or in consecutive ones (the
    /// five years, then last year); then problems, plans or other parts;
    /// then this year's work, in one part or in consecutive ones (its chapters); after it the
    /// government's conduct, plans or other parts. A report has a review; this year's work may be missing.
    /// </summary>
    internal static SectionRole[] Decode(List<double[]> probabilities)
    {
        // Stages: 0 before the review, 1 in it (a review may run over consecutive parts: the five years,
        // then last year), 2 after it, 3 in this year's work, 4 after it.
        const int Stages = 5;
        var n = probabilities.Count;
        var score = new double[n + 1, Stages];
        var back = new (int Stage, SectionRole Role)[n + 1, Stages];
        for (var i = 0; i <= n; i++)
        {
            for (var k = 0; k < Stages; k++)
            {
                score[i, k] = double.NegativeInfinity;
            }
        }

        score[0, 0] = 0;
        for (var i = 0; i < n; i++)
        {
            for (var stage = 0; stage < Stages; stage++)
            {
                if (double.IsNegativeInfinity(score[i, stage]))
                {
                    continue;
                }

                foreach (var (role, next) in Moves(stage))
                {
                    var p = probabilities[i][Array.FindIndex(Roles, r => r.Role == role)];
                    var s = score[i, stage] + Math.Log(Math.Max(p, 1e-12));
                    if (s > score[i + 1, next])
                    {
                        score[i + 1, next] = s;
                        back[i + 1, next] = (stage, role);
                    }
                }
            }
        }

        var end = Enumerable.Range(1, Stages - 1).OrderByDescending(k => score[n, k]).ThenBy(k => k).First();
        var roles = new SectionRole[n];
        for (var i = n; i > 0; i--)
        {
            (end, roles[i - 1]) = back[i, end];
        }

        return roles;
    }

    private static (SectionRole Role, int Next)[] Moves(int stage) => stage switch
    {
        0 => [(SectionRole.Other, 0), (SectionRole.Review, 1)],
        1 => [(SectionRole.Review, 1), (SectionRole.Other, 2), (SectionRole.Challenges, 2), (SectionRole.Between, 2), (SectionRole.Tasks, 3)],
        2 => [(SectionRole.Other, 2), (SectionRole.Challenges, 2), (SectionRole.Between, 2), (SectionRole.Tasks, 3)],
        3 => [(SectionRole.Tasks, 3), (SectionRole.Government, 4), (SectionRole.Between, 4), (SectionRole.Other, 4)],
        _ => [(SectionRole.Government, 4), (SectionRole.Between, 4), (SectionRole.Other, 4)],
    };

    /// <summary>True for a heading that names problems (存在的问题, 困难和挑战…).</summary>
    public static bool ReadsAsProblems(string heading) => ChallengeWords().IsMatch(heading);

    /// <summary>True for a heading that names a plan or the overall requirements (总体要求, “十五五”时期, 主要目标…).</summary>
    public static bool ReadsAsPlan(string heading) => BetweenWords().IsMatch(heading);

    /// <summary>True for a heading about the government's own conduct (政府自身建设, 服务型政府, 转作风…).</summary>
    public static bool ReadsAsGovernment(string heading) => GovernmentWords().IsMatch(heading);

    /// <summary>True for a heading that names this year's work (任务, 工作安排, 重点工作…) or is an action (加快…, 推进…) as a chapter of work is.</summary>
    public static bool ReadsAsWork(string heading) => TaskWords().IsMatch(heading) || ActionHeading().IsMatch(heading);

    /// <summary>True for a heading that names five years (本届政府, “十四五”…) and no single year (2025年, 过去一年).</summary>
    public static bool ReadsAsFiveYearsOnly(string heading) => (FiveYearWords().IsMatch(heading) || heading.Contains("本届", StringComparison.Ordinal)) && !NamesOneYear(heading);

    /// <summary>True for a text that names the five years of a plan: 五年, “十四五”.</summary>
    public static bool NamesFiveYears(string text) => FiveYearWords().IsMatch(text);

    /// <summary>True for a heading that names one year as well (“十四五”时期和2025年工作回顾 / 过去一年 / 去年 / 上年).</summary>
    public static bool NamesOneYear(string heading) => OneYear().IsMatch(heading);

    [GeneratedRegex(@"(?:19|20)[0-9]{2}年|一年|去年|上年")]
    private static partial Regex OneYear();

    /// <summary>True for a heading that names a review (回顾, 工作成效…).</summary>
    public static bool ReadsAsReview(string heading) => ReviewWords().IsMatch(heading);

    /// <summary>True for a line that reads as a part heading of a work report (review, plan, tasks, the government's conduct).</summary>
    public static bool IsPartHeading(string heading) =>
        ReviewWords().IsMatch(heading) || TaskWords().IsMatch(heading) || BetweenWords().IsMatch(heading) || GovernmentWords().IsMatch(heading);
}
