using EcoBrief.Diagnostics;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// The extraction stage: outline in, <see cref="Briefing"/> out. Finds the report's top-level
/// sections, decides which reviews last year and which sets this year's tasks, and takes the
/// achievements, challenges, priorities and tasks from them. Uncertainty becomes a warning.
/// </summary>
public static class BriefingExtractor
{
    /// <summary>Reads, cleans and extracts a report file.</summary>
    public static Briefing ExtractFile(string path) => Extract(ReportReader.ReadFile(path));

    public static Briefing Extract(IngestedReport report) => Extract(OutlineBuilder.Build(report));

    public static Briefing Extract(ReportOutline outline)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(outline.Report.Warnings);
        bag.AddRange(outline.Warnings);

        var meta = MetaExtractor.Extract(outline, bag);
        var ranked = FigureExtractor.Extract(outline.Root);
        var figures = new FigureIndex(ranked);
        var sections = TopSections(outline.Root);
        if (sections.Count < 2)
        {
            bag.Warn("the report has fewer than two numbered top-level sections; the whole text is read as one review");
            sections = [outline.Root];
        }

        var roles = sections.Select(SectionClassifier.Classify).ToList();
        var reviewIndex = roles.IndexOf(SectionRole.Review);
        if (reviewIndex < 0)
        {
            reviewIndex = 0;
            if (sections.Count > 1)
            {
                bag.Warn(Line(sections[0]), $"no section heading reads as a review of past work; guessed 「{SectionClassifier.Heading(sections[0])}」");
            }
        }

        var taskIndex = FindTasks(sections, roles, reviewIndex, bag);
        var challengeIndex = roles.IndexOf(SectionRole.Challenges);

        // The statement of problems usually closes the review; search from there up to the tasks.
        var searchEnd = taskIndex > reviewIndex ? taskIndex : sections.Count;
        var scope = sections.Skip(reviewIndex).Take(Math.Max(1, searchEnd - reviewIndex))
            .Where((_, i) => reviewIndex + i != challengeIndex)
            .SelectMany(s => s.DescendantsAndSelf()).ToList();
        var trigger = challengeIndex >= 0 ? null : ChallengeExtractor.FindTrigger(scope);

        var review = sections[reviewIndex];
        var achievements = ItemsOf(review, trigger?.Node.Span?.Start, figures);
        if (achievements.Count == 0)
        {
            bag.Warn(Line(review), "no achievements found in the review section");
        }

        List<BriefingItem> challenges;
        if (challengeIndex >= 0)
        {
            challenges = ItemsOf(sections[challengeIndex], null, figures);
        }
        else if (trigger is { } t)
        {
            var following = scope.SkipWhile(n => !ReferenceEquals(n, t.Node)).Skip(1).Where(n => ReferenceEquals(n.Parent, t.Node.Parent) || ReferenceEquals(n.Parent, t.Node)).ToList();
            challenges = ChallengeExtractor.Extract(t.Node, t.Index, following, figures);
        }
        else
        {
            challenges = [];
        }

        if (challenges.Count == 0)
        {
            bag.Warn("no challenges found (no passage such as 同时，我们也要看到… / 问题和不足 / 短板)");
        }

        var tasks = taskIndex >= 0 ? ItemsOf(sections[taskIndex], null, figures) : [];
        if (tasks.Count == 0)
        {
            bag.Warn("no tasks found for the coming year");
        }

        var priorities = new List<BriefingItem>();
        for (var i = reviewIndex + 1; i < (taskIndex >= 0 ? taskIndex : reviewIndex + 1); i++)
        {
            if (i != challengeIndex)
            {
                priorities.AddRange(ItemsOf(sections[i], null, figures, allowInline: false));
            }
        }

        return new Briefing(meta, achievements, challenges, tasks, priorities, ranked, bag.Messages);
    }

    private static int Line(OutlineNode node) => node.Paragraph?.Line ?? 0;

    /// <summary>The root's numbered children of the style that occurs most (the first on a tie); —— lines only if nothing else.</summary>
    private static List<OutlineNode> TopSections(OutlineNode root)
    {
        var groups = root.NumberedChildren.GroupBy(n => n.Marker!.Style)
            .OrderBy(g => g.Key == NumberingStyle.Dash ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ToList();
        return groups.Count == 0 ? [] : [.. groups[0]];
    }

    private static int FindTasks(List<OutlineNode> sections, List<SectionRole> roles, int reviewIndex, DiagnosticBag bag)
    {
        for (var i = sections.Count - 1; i > reviewIndex; i--)
        {
            if (roles[i] == SectionRole.Tasks && sections[i].NumberedChildren.Any())
            {
                return i;
            }
        }

        for (var i = sections.Count - 1; i > reviewIndex; i--)
        {
            if (roles[i] == SectionRole.Tasks)
            {
                return i;
            }
        }

        for (var i = sections.Count - 1; i > reviewIndex; i--)
        {
            if (roles[i] != SectionRole.Challenges && sections[i].NumberedChildren.Any())
            {
                bag.Warn(Line(sections[i]), $"no section heading reads as this year's tasks; guessed 「{SectionClassifier.Heading(sections[i])}」");
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The items of a section: its numbered children of the most frequent style, else the longest
    /// 一是…二是… run in its paragraphs, else its —— lines. Items at or after
    /// <paramref name="stopAt"/> (where the problems start) are left out.
    /// </summary>
    private static List<BriefingItem> ItemsOf(OutlineNode section, int? stopAt, FigureIndex figures, bool allowInline = true)
    {
        bool Before(OutlineNode n) => stopAt is null || (n.Span?.Start ?? 0) < stopAt;

        var groups = section.NumberedChildren.Where(Before).GroupBy(n => n.Marker!.Style).ToList();
        var numbered = groups.Where(g => g.Key != NumberingStyle.Dash).OrderByDescending(g => g.Count()).FirstOrDefault()?.ToList() ?? [];
        if (numbered.Count >= 2 || (numbered.Count == 1 && !allowInline))
        {
            return Build(numbered.Select(TextPiece.Of), figures);
        }

        if (allowInline)
        {
            var best = new List<List<TextPiece>>();
            foreach (var n in section.DescendantsAndSelf().Where(n => n.Paragraph is not null && Before(n)))
            {
                var run = InlineEnumeration.Find(n.Paragraph!.Text, n.TextStart, n.Paragraph.Text.Length);
                if (run.Count > best.Count)
                {
                    best = [.. run.Select(r => new List<TextPiece> { new(n.Paragraph, r.Start + r.MarkerLength, r.End) })];
                }
            }

            if (best.Count >= 2)
            {
                return Build(best, figures);
            }
        }

        // Indicator lines (——经济稳中向好。…) when there is nothing else.
        var dashes = groups.FirstOrDefault(g => g.Key == NumberingStyle.Dash)?.ToList() ?? [];
        return Build((dashes.Count > 0 ? dashes : numbered).Select(TextPiece.Of), figures);
    }

    private static List<BriefingItem> Build(IEnumerable<List<TextPiece>> pieces, FigureIndex figures) =>
        [.. pieces.Select(p => ItemBuilder.Build(p, figures)).OfType<BriefingItem>()];
}
