using System.Text.RegularExpressions;
using EcoBrief.Diagnostics;
using EcoBrief.Extraction.Scoring;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// The extraction stage: outline in, <see cref="Briefing"/> out. Finds the report's top-level
/// parts, gives each a role (review, what lies between, tasks, the government's own conduct), and
/// in each chooses the list that holds its items among every candidate list; the problems come from
/// the passage that admits them. Uncertainty becomes a warning; every choice can be explained.
/// </summary>
public static partial class BriefingExtractor
{
    public static Briefing Extract(ReportOutline outline) => Extract(outline, null);

    /// <summary>Extracts the briefing; when <paramref name="explanation"/> is given, every decision is written to it, a line each.</summary>
    public static Briefing Extract(ReportOutline outline, List<string>? explanation) => Extract(outline, explanation, null);

    /// <summary>
    /// Extracts the briefing, taking each category from the part and list the user's
    /// <paramref name="corrections"/> choose (<see cref="ExtractionCorrections.Lists"/>); the rest of the
    /// corrections (meta fields, drops, renames) is the next stage's, <see cref="Corrections.BriefingCorrector"/>.
    /// </summary>
    public static Briefing Extract(ReportOutline outline, List<string>? explanation, ExtractionCorrections? corrections) => Extract(outline, explanation, corrections, null);

    /// <summary>Extracts the briefing; every scored decision, with all its candidates, goes to <paramref name="trace"/> (the fitting tool's input).</summary>
    internal static Briefing Extract(ReportOutline outline, List<string>? explanation, ExtractionCorrections? corrections, Scoring.DecisionTrace? trace)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(outline.Report.Diagnostics);
        bag.AddRange(outline.Diagnostics);
        var notes = explanation ?? [];

        var meta = MetaExtractor.Extract(outline, bag, out var titleBasis, out var speakerBasis);
        var sections = SectionFinder.Find(outline.Root, notes, trace);
        if (sections.Count < 2)
        {
            bag.Add(DiagnosticKinds.OnePart.Of("the report has fewer than two top-level parts; the whole text is read as one review"));
        }

        // A review in consecutive parts (the five years, then last year, or the other way round) gives
        // last year's achievements: the last part that is not the five years' alone.
        var review = Chosen(corrections, "achievements", sections, bag)
            ?? sections.LastOrDefault(s => s.Role == SectionRole.Review && !SectionClassifier.ReadsAsFiveYearsOnly(s.Heading))
            ?? sections.LastOrDefault(s => s.Role == SectionRole.Review) ?? sections[0];
        var reviews = sections.Where(s => s.Role == SectionRole.Review && !ReferenceEquals(s, review)).Append(review).ToList();
        var tasksChosen = Chosen(corrections, "tasks", sections, bag);
        var tasksSection = tasksChosen ?? sections.FirstOrDefault(s => s.Role == SectionRole.Tasks);
        var chapters = sections.Where(s => s.Role == SectionRole.TaskChapter).ToList();

        // The figures need the roles: last year's results come from the review, targets from this year's part.
        var ranked = KeyFigureExtractor.Extract(outline.Root, sections, trace);
        if (UnfitNumbers.Find(outline.Report) is { } unfit)
        {
            bag.Add(unfit);
        }

        var figures = new KeyFigureIndex(ranked);

        // The statement of problems: searched in the review, then in what lies between it and the tasks.
        var challengeSection = Chosen(corrections, "challenges", sections, bag) ?? sections.FirstOrDefault(s => s.Role == SectionRole.Challenges);
        if (challengeSection is not null && Chosen(corrections, "challenges", sections, null) is null
            && Build(Best(challengeSection, null, ListRole.Challenges, [], null, "challenges", new DiagnosticBag(), null, figures), figures).Count == 0)
        {
            // A part read as problems that lists none (its heading names a problem the work solves:
            // 着力解决某某问题): the passage is searched for as in any report.
            notes.Add($"problems: the section 「{challengeSection.Heading}」 lists none");
            challengeSection = null;
        }

        var between = sections.SkipWhile(s => !ReferenceEquals(s, review)).Skip(1)
            .TakeWhile(s => s.Role is not (SectionRole.Tasks or SectionRole.TaskChapter or SectionRole.Government))
            .Where(s => !ReferenceEquals(s, challengeSection)).SelectMany(s => s.Nodes).ToList();
        var taskNodes = sections.Where(s => s.Role is SectionRole.Tasks or SectionRole.TaskChapter).SelectMany(s => s.Nodes).ToList();
        var trigger = challengeSection is null ? ChallengeExtractor.FindTrigger([.. reviews.SelectMany(s => s.Nodes)], between, taskNodes, ChallengeExtractor.Coda(outline.Root, sections)) : null;
        notes.Add(trigger is { } tr
            ? $"problems: from line {tr.Node.Paragraph!.Line}, after 「{Excerpt(tr.Node.Paragraph.Text, tr.Index)}」"
            : challengeSection is not null ? $"problems: the section 「{challengeSection.Heading}」" : "problems: no passage found");

        notes.Add($"achievements, in 「{review.Heading}」:");
        var stopAt = trigger is { } t && t.Node.Paragraph!.Span.Start >= review.Start && t.Node.Paragraph.Span.Start < review.End
            ? t.Node.Paragraph.SpanOf(t.Index, t.Index + 1).Start
            : (int?)null;
        var achievementsList = Best(review, stopAt, ListRole.Achievements, notes, corrections, "achievements", bag, trace, figures);
        var achievements = Build(achievementsList, figures);
        if (achievements.Count == 0)
        {
            bag.Add(DiagnosticKinds.NoAchievements.At(review.Line, "no achievements found in the review section"));
        }

        List<BriefingItem> challenges;
        ChoiceConfidence challengesConfidence;
        if (challengeSection is not null)
        {
            var list = Best(challengeSection, null, ListRole.Challenges, notes, corrections, "challenges", bag, trace, figures);
            challenges = Build(list, figures);
            challengesConfidence = ListConfidence(challenges, list, challengeSection, "problems");
        }
        else if (trigger is { } found)
        {
            // What follows the trigger, within its own part: the problems never run into the next part.
            // A coda that no part holds (the review's heading was lost) runs over its parent's children.
            var own = sections.FirstOrDefault(s => s.Nodes.Contains(found.Node))?.Nodes
                ?? [.. found.Node.Parent!.Children.SelectMany(c => c.DescendantsAndSelf()).Where(n => n.Paragraph is not null && !sections.Any(s => ReferenceEquals(s.HeadingNode, n)))];
            var following = own.SkipWhile(n => !ReferenceEquals(n, found.Node)).Skip(1)
                .Where(n => ReferenceEquals(n.Parent, found.Node.Parent) || ReferenceEquals(n.Parent, found.Node)).ToList();
            challenges = ChallengeExtractor.Extract(found.Node, found.Index, following, figures);
            challengesConfidence = new ChoiceConfidence(Calibration.Of("problems:anchor"), $"the passage after 「{Excerpt(found.Node.Paragraph!.Text, found.Index)}」, line {found.Node.Paragraph.Line}");
            trace?.Choices.Add(new TracedChoice("challenges", "problems:anchor", [.. challenges.Select(c => c.Title)]));
        }
        else
        {
            challenges = [];
            challengesConfidence = ChoiceConfidence.None("no passage that admits problems was found");
        }

        // The government's own shortcomings, when it admits them later, in its own task or chapter (政府工作与人民的期待还有差距).
        var later = sections.Where(s => s.Role is SectionRole.Tasks or SectionRole.TaskChapter or SectionRole.Government).SelectMany(s => s.Nodes).ToList();
        if (challengeSection is null && ChallengeExtractor.FindGovernmentTrigger(later) is { } gov)
        {
            notes.Add($"problems: the government's own, from line {gov.Node.Paragraph!.Line}, after 「{Excerpt(gov.Node.Paragraph.Text, gov.Index)}」");
            var following = later.SkipWhile(n => !ReferenceEquals(n, gov.Node)).Skip(1).Where(n => ReferenceEquals(n.Parent, gov.Node.Parent)).ToList();
            var own = ChallengeExtractor.Extract(gov.Node, gov.Index, following, figures);
            if (challenges.Count == 0 && own.Count > 0)
            {
                challengesConfidence = new ChoiceConfidence(Calibration.Of("problems:government-only"), $"only the government's own shortcomings, line {gov.Node.Paragraph.Line}");
                trace?.Choices.Add(new TracedChoice("challenges", "problems:government-only", [.. own.Select(c => c.Title)]));
            }

            challenges.AddRange(own);
        }

        if (challenges.Count == 0)
        {
            bag.Add(DiagnosticKinds.NoChallenges.Of("no challenges found (no passage such as 同时，我们也要看到… / 问题和不足 / 短板)"));
        }

        List<BriefingItem> tasks;
        ChoiceConfidence tasksConfidence;
        if (chapters.Count > 0 && tasksChosen is null)
        {
            notes.Add($"tasks: the {chapters.Count} chapters 「{chapters[0].Heading}」…「{chapters[^1].Heading}」");
            var byChapter = chapters.Select(c => ChapterTasks(c, notes, figures)).ToList();
            tasks = [.. byChapter.SelectMany(t => t.Items)];
            if (byChapter.All(t => !t.Listed))
            {
                // Each chapter a task of its own (三、着力推进调整转型… 四、着力保障和改善民生…): the chapter
                // on the government's own conduct after them (五、着力加强政府自身建设…) is one too (ANSWER-KEYS:
                // the tasks include the item on the government's own conduct). Where the chapters break
                // into numbered tasks, it is no task of that level.
                var own = sections.SkipWhile(s => !ReferenceEquals(s, chapters[0])).Where(s => s.Role == SectionRole.Government).ToList();
                tasks.AddRange(own.SelectMany(c => HeadingTask(c, figures)));
            }
            tasksConfidence = new ChoiceConfidence(Calibration.Of("tasks-part:chapters"), $"the {chapters.Count} chapters after the review, each a task");
            trace?.Choices.Add(new TracedChoice("tasks", "tasks-part:chapters", [.. tasks.Select(t => t.Title)]));
        }
        else if (tasksSection is not null)
        {
            notes.Add($"tasks, in 「{tasksSection.Heading}」:");
            var list = Best(tasksSection, null, ListRole.Tasks, notes, corrections, "tasks", bag, trace, figures);
            tasks = Build(list, figures);
            tasksConfidence = ListConfidence(tasks, list, tasksSection, "tasks");
        }
        else
        {
            tasks = [];
            tasksConfidence = ChoiceConfidence.None("no part reads as this year's work");
        }

        // 一、2010年工作的总体要求和主要目标 before the chapters of work, （一）今年政府工作的指导思想是：…
        // before the tasks: the year's plan heads the work but is none of its tasks (ANSWER-KEYS: not
        // the targets paragraph); it goes to the priorities, where a plan between review and tasks goes.
        var plan = tasks.TakeWhile(t => YearPlanHead().IsMatch(PlanClause(t.Title))).ToList();
        if (plan.Count > 0 && tasks.Count - plan.Count >= 3)
        {
            notes.Add($"tasks: 「{plan[0].Title}」 heads them as the year's plan, not a task: among the priorities");
            tasks = tasks[plan.Count..];
        }
        else
        {
            plan = [];
        }

        if (tasks.Count == 0)
        {
            bag.Add(DiagnosticKinds.NoTasks.Of("no tasks found for the coming year"));
        }

        var priorities = new List<BriefingItem>(plan);
        var prioritySections = Chosen(corrections, "priorities", sections, bag) is { } p ? [p] : sections.Where(s => s.Role == SectionRole.Between).ToList();
        foreach (var s in prioritySections)
        {
            notes.Add($"priorities, in 「{s.Heading}」:");
            priorities.AddRange(Build(Best(s, null, ListRole.Priorities, notes, corrections, "priorities", bag, trace, figures), figures));
        }

        var targets = KeyTargetExtractor.Extract(sections, outline.Root);
        notes.Add(targets.Count > 0 ? $"targets: {targets.Count}, from line {targets[0].Span.Line}" : "targets: no paragraph of main targets");
        trace?.Choices.Add(new TracedChoice("title", "title:" + titleBasis, [meta.Title ?? string.Empty]));
        trace?.Choices.Add(new TracedChoice("speaker", "speaker:" + speakerBasis, [meta.Speaker ?? string.Empty]));
        var confidence = new BriefingConfidence(
            ListConfidence(achievements, achievementsList, review, "review"),
            challengesConfidence,
            tasksConfidence,
            new ChoiceConfidence(Calibration.Of("title:" + titleBasis), titleBasis),
            new ChoiceConfidence(Calibration.Of("speaker:" + speakerBasis), speakerBasis));
        foreach (var (name, c) in new[] { ("achievements", confidence.Achievements), ("challenges", confidence.Challenges), ("tasks", confidence.Tasks), ("title", confidence.Title), ("speaker", confidence.Speaker) })
        {
            notes.Add($"confidence of the {name}: {c.Value:0.00}{(c.Unsure ? " (unsure)" : string.Empty)}, {c.Basis}{(c.RunnerUp is { } r ? $"; runner-up: {r}" : string.Empty)}");
        }

        var unsure = confidence.UnsureSections().ToList();
        if (unsure.Count > 0)
        {
            bag.Add(DiagnosticKinds.UnsureSection.Of($"unsure of {string.Join("、", unsure)}: the summary says so in its place (extract --explain shows why)"));
        }

        var briefing = new Briefing(meta, achievements, challenges, tasks, priorities, ranked, bag.Diagnostics) { Targets = targets, Confidence = confidence };
        return OutlinePlaces.Apply(briefing, outline.Root);
    }

    /// <summary>A title's first clause, to its first ，。；： (今年政府工作的指导思想是：高举… → 今年政府工作的指导思想是).</summary>
    private static string PlanClause(string title) => title.IndexOfAny(['，', '。', '；', '：', ':']) is var end and >= 0 ? title[..end] : title;

    /// <summary>
    /// The heading of a year's plan: 2010年工作的总体要求和主要目标 · 2012年工作思路和目标 · 今年政府工作的指导思想是 ·
    /// 今年我省经济和社会发展的主要预期目标是 — a time, then the plan's name, perhaps with a second — not a
    /// task that names its aim (以建成创新型城市为奋斗目标，积极推进… · 坚持…的指导思想).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:19|20)[0-9]{2}年|今年|明年|新的一年)[^，。；：]{0,14}?(?:指导思想|总体要求|主要目标|预期目标|奋斗目标|目标任务|工作思路|基本思路|总体思路)(?:[和与及、][^，。；：]{0,8})?(?:是|为)?[：:]?$")]
    private static partial Regex YearPlanHead();

    /// <summary>The part a correction names for a category (its heading contains the text), or null.</summary>
    private static ReportSection? Chosen(ExtractionCorrections? corrections, string category, List<ReportSection> sections, DiagnosticBag? bag)
    {
        if (corrections?.Lists.GetValueOrDefault(category)?.Section is not { } heading)
        {
            return null;
        }

        var found = sections.FirstOrDefault(s => s.Heading.Contains(heading, StringComparison.Ordinal));
        if (found is null)
        {
            bag?.Add(DiagnosticKinds.CorrectionHeadingNotFound.Of($"no part's heading contains 「{heading}」 (for {category}); the parts are: {string.Join(" / ", sections.Select(s => s.Heading))}") with { File = corrections.Origin });
        }

        return found;
    }

    /// <summary>
    /// The best list of <paramref name="section"/>, of the kind the corrections name for <paramref name="category"/>;
    /// when the part holds no list of that kind, a warning naming the sidecar, what it asked for and
    /// the kinds there are, and the list EcoBrief would choose (as for a heading that is not found).
    /// </summary>
    private static CandidateList? Best(ReportSection section, int? stopAt, ListRole role, List<string> notes, ExtractionCorrections? corrections, string category, DiagnosticBag bag, Scoring.DecisionTrace? trace, KeyFigureIndex figures)
    {
        var kind = corrections?.Lists.GetValueOrDefault(category)?.List;
        var list = ListFinder.Best(section, stopAt, role, notes, kind, trace, figures);
        if (list is not null || kind is null)
        {
            return list;
        }

        var kinds = ListFinder.Kinds(section, stopAt).ToList();
        bag.Add(DiagnosticKinds.CorrectionListNotFound.Of(
            $"list 「{kind}」 (for {category}) matches no list in 「{section.Heading}」, {(kinds.Count == 0 ? "which has no list" : $"whose lists are: {string.Join(", ", kinds)}")}; EcoBrief's own choice is kept")
            with { File = corrections!.Origin });
        return ListFinder.Best(section, stopAt, role, notes, null, trace, figures);
    }

    /// <summary>
    /// The tasks of one chapter of this year's work: the items of its own numbered list when it has one
    /// that covers most of it (三、…（一）…（七）: the chapter groups them), else the chapter itself, one
    /// task (三、稳住经济基本盘, whose paragraphs are its sub-points).
    /// </summary>
    private static (List<BriefingItem> Items, bool Listed) ChapterTasks(ReportSection chapter, List<string> notes, KeyFigureIndex figures)
    {
        var list = ListFinder.Best(chapter, null, ListRole.Tasks, null);
        if (list is { Coverage: >= ChapterListCoverage } && ListFinder.IsNumbered(list))
        {
            notes.Add($"  「{chapter.Heading}」: its {list.Kind}, {list.Items.Count} items");
            return (Build(list, figures), true);
        }

        return (HeadingTask(chapter, figures), false);
    }

    /// <summary>A chapter as one task: its heading's item, if it makes one.</summary>
    private static List<BriefingItem> HeadingTask(ReportSection chapter, KeyFigureIndex figures) =>
        ItemBuilder.Build(TextPiece.Of(chapter.HeadingNode!), figures) is { } item ? [item] : [];

    /// <summary>A chapter's numbered list that covers this much of it holds the chapter's tasks.</summary>
    private const double ChapterListCoverage = 0.5;

    private static string Excerpt(string text, int index) => text[index..Math.Min(text.Length, index + 16)];

    /// <summary>
    /// The confidence of a list: the calibrated chance that the part it was read in is the right one
    /// (by what its role rests on) times the calibrated chance that the list chosen there is (by its
    /// probability among the candidates). None when the list gave no items.
    /// </summary>
    private static ChoiceConfidence ListConfidence(List<BriefingItem> items, CandidateList? list, ReportSection section, string part)
    {
        if (items.Count == 0 || list is null)
        {
            return ChoiceConfidence.None($"no list of items in 「{section.Heading}」");
        }

        var value = Calibration.Of($"{part}-part:{section.RoleBasis}") * Calibration.Of(Calibration.ListBin(list.Probability));
        return new ChoiceConfidence(Math.Round(value, 2), $"part 「{section.Heading}」 by its {section.RoleBasis}; {list.Kind}, {list.Items.Count} items, p {list.Probability:0.00}", list.RunnerUp)
        {
            Period = part == "review" && list.FiveYears ? ChoiceConfidence.FiveYears : null,
        };
    }

    private static List<BriefingItem> Build(CandidateList? list, KeyFigureIndex figures) =>
        list is null ? [] : [.. list.Items.Select(p => ItemBuilder.Build(p, figures)).OfType<BriefingItem>()];
}
