using EcoBrief.Diagnostics;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// The extraction stage: outline in, <see cref="Briefing"/> out. Finds the report's top-level
/// parts, gives each a role (review, what lies between, tasks, the government's own conduct), and
/// in each chooses the list that holds its items among every candidate list; the problems come from
/// the passage that admits them. Uncertainty becomes a warning; every choice can be explained.
/// </summary>
public static class BriefingExtractor
{
    /// <summary>Reads, cleans and extracts a report file, with the corrections of its sidecar (NAME.ecobrief.yml) when it has one.</summary>
    public static Briefing ExtractFile(string path) => ExtractFile(path, null);

    /// <inheritdoc cref="ExtractFile(string)"/>
    /// <param name="path">The report.</param>
    /// <param name="explanation">When given, every decision is written to it, a line each.</param>
    public static Briefing ExtractFile(string path, List<string>? explanation) =>
        Extract(OutlineBuilder.Build(ReportReader.ReadFile(path)), explanation, CorrectionsReader.ForSource(path));

    public static Briefing Extract(IngestedReport report) => Extract(OutlineBuilder.Build(report));

    public static Briefing Extract(ReportOutline outline) => Extract(outline, null);

    /// <summary>Extracts the briefing; when <paramref name="explanation"/> is given, every decision is written to it, a line each.</summary>
    public static Briefing Extract(ReportOutline outline, List<string>? explanation) => Extract(outline, explanation, null);

    /// <summary>Extracts the briefing and applies the user's <paramref name="corrections"/> (see <see cref="ExtractionCorrections"/>).</summary>
    public static Briefing Extract(ReportOutline outline, List<string>? explanation, ExtractionCorrections? corrections) => Extract(outline, explanation, corrections, null);

    /// <summary>Extracts the briefing; every scored decision, with all its candidates, goes to <paramref name="trace"/> (the fitting tool's input).</summary>
    internal static Briefing Extract(ReportOutline outline, List<string>? explanation, ExtractionCorrections? corrections, Scoring.DecisionTrace? trace)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(outline.Report.Diagnostics);
        bag.AddRange(outline.Diagnostics);
        var notes = explanation ?? [];

        var meta = MetaExtractor.Extract(outline, bag);
        var sections = SectionFinder.Find(outline.Root, notes);
        if (sections.Count < 2)
        {
            bag.Add(DiagnosticKinds.OnePart.Of("the report has fewer than two top-level parts; the whole text is read as one review"));
        }

        var review = Chosen(corrections, "achievements", sections, bag) ?? sections.FirstOrDefault(s => s.Role == SectionRole.Review) ?? sections[0];
        var tasksChosen = Chosen(corrections, "tasks", sections, bag);
        var tasksSection = tasksChosen ?? sections.FirstOrDefault(s => s.Role == SectionRole.Tasks);
        var chapters = sections.Where(s => s.Role == SectionRole.TaskChapter).ToList();

        // The figures need the roles: last year's results come from the review, targets from this year's part.
        var ranked = KeyFigureExtractor.Extract(outline.Root, sections);
        if (UnfitNumbers.Find(outline.Report) is { } unfit)
        {
            bag.Add(unfit);
        }

        var figures = new KeyFigureIndex(ranked);

        // The statement of problems: searched in the review, then in what lies between it and the tasks.
        var challengeSection = Chosen(corrections, "challenges", sections, bag) ?? sections.FirstOrDefault(s => s.Role == SectionRole.Challenges);
        var between = sections.SkipWhile(s => !ReferenceEquals(s, review)).Skip(1)
            .TakeWhile(s => s.Role is not (SectionRole.Tasks or SectionRole.TaskChapter or SectionRole.Government))
            .Where(s => s.Role != SectionRole.Challenges).SelectMany(s => s.Nodes).ToList();
        var taskNodes = sections.Where(s => s.Role is SectionRole.Tasks or SectionRole.TaskChapter).SelectMany(s => s.Nodes).ToList();
        var trigger = challengeSection is null ? ChallengeExtractor.FindTrigger(review.Nodes, between, taskNodes) : null;
        notes.Add(trigger is { } tr
            ? $"problems: from line {tr.Node.Paragraph!.Line}, after 「{Excerpt(tr.Node.Paragraph.Text, tr.Index)}」"
            : challengeSection is not null ? $"problems: the section 「{challengeSection.Heading}」" : "problems: no passage found");

        notes.Add($"achievements, in 「{review.Heading}」:");
        var stopAt = trigger is { } t && t.Node.Paragraph!.Span.Start >= review.Start && t.Node.Paragraph.Span.Start < review.End
            ? t.Node.Paragraph.SpanOf(t.Index, t.Index + 1).Start
            : (int?)null;
        var achievements = Build(Best(review, stopAt, ListRole.Achievements, notes, corrections, "achievements", bag, trace, figures), figures);
        if (achievements.Count == 0)
        {
            bag.Add(DiagnosticKinds.NoAchievements.At(review.Line, "no achievements found in the review section"));
        }

        List<BriefingItem> challenges;
        if (challengeSection is not null)
        {
            challenges = Build(Best(challengeSection, null, ListRole.Challenges, notes, corrections, "challenges", bag, trace, figures), figures);
        }
        else if (trigger is { } found)
        {
            // What follows the trigger, within its own part: the problems never run into the next part.
            var own = sections.First(s => s.Nodes.Contains(found.Node)).Nodes;
            var following = own.SkipWhile(n => !ReferenceEquals(n, found.Node)).Skip(1)
                .Where(n => ReferenceEquals(n.Parent, found.Node.Parent) || ReferenceEquals(n.Parent, found.Node)).ToList();
            challenges = ChallengeExtractor.Extract(found.Node, found.Index, following, figures);
        }
        else
        {
            challenges = [];
        }

        // The government's own shortcomings, when it admits them later, in its own task or chapter (政府工作与人民的期待还有差距).
        var later = sections.Where(s => s.Role is SectionRole.Tasks or SectionRole.TaskChapter or SectionRole.Government).SelectMany(s => s.Nodes).ToList();
        if (challengeSection is null && ChallengeExtractor.FindGovernmentTrigger(later) is { } gov)
        {
            notes.Add($"problems: the government's own, from line {gov.Node.Paragraph!.Line}, after 「{Excerpt(gov.Node.Paragraph.Text, gov.Index)}」");
            var following = later.SkipWhile(n => !ReferenceEquals(n, gov.Node)).Skip(1).Where(n => ReferenceEquals(n.Parent, gov.Node.Parent)).ToList();
            challenges.AddRange(ChallengeExtractor.Extract(gov.Node, gov.Index, following, figures));
        }

        if (challenges.Count == 0)
        {
            bag.Add(DiagnosticKinds.NoChallenges.Of("no challenges found (no passage such as 同时，我们也要看到… / 问题和不足 / 短板)"));
        }

        List<BriefingItem> tasks;
        if (chapters.Count > 0 && tasksChosen is null)
        {
            notes.Add($"tasks: the {chapters.Count} chapters 「{chapters[0].Heading}」…「{chapters[^1].Heading}」");
            tasks = [.. chapters.Select(c => ItemBuilder.Build(TextPiece.Of(c.HeadingNode!), figures)).OfType<BriefingItem>()];
        }
        else if (tasksSection is not null)
        {
            notes.Add($"tasks, in 「{tasksSection.Heading}」:");
            tasks = Build(Best(tasksSection, null, ListRole.Tasks, notes, corrections, "tasks", bag, trace, figures), figures);
        }
        else
        {
            tasks = [];
        }

        if (tasks.Count == 0)
        {
            bag.Add(DiagnosticKinds.NoTasks.Of("no tasks found for the coming year"));
        }

        var priorities = new List<BriefingItem>();
        var prioritySections = Chosen(corrections, "priorities", sections, bag) is { } p ? [p] : sections.Where(s => s.Role == SectionRole.Between).ToList();
        foreach (var s in prioritySections)
        {
            notes.Add($"priorities, in 「{s.Heading}」:");
            priorities.AddRange(Build(Best(s, null, ListRole.Priorities, notes, corrections, "priorities", bag, trace, figures), figures));
        }

        var targets = KeyTargetExtractor.Extract(sections);
        notes.Add(targets.Count > 0 ? $"targets: {targets.Count}, from line {targets[0].Span.Line}" : "targets: no paragraph of main targets");
        var briefing = new Briefing(meta, achievements, challenges, tasks, priorities, ranked, bag.Diagnostics) { Targets = targets };
        return corrections is null ? briefing : Corrected(briefing, corrections, bag, notes);
    }

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

    /// <summary>The meta fields, dropped and renamed items of the sidecar, each reported when it matches nothing.</summary>
    private static Briefing Corrected(Briefing b, ExtractionCorrections c, DiagnosticBag bag, List<string> notes)
    {
        var m = b.Meta;
        var meta = new BriefingMeta(c.Meta.Title ?? m.Title, c.Meta.Speaker ?? m.Speaker, c.Meta.Role ?? m.Role, c.Meta.Occasion ?? m.Occasion, c.Meta.Published ?? m.Published, c.Meta.Publication ?? m.Publication);
        var used = new HashSet<string>(StringComparer.Ordinal);
        List<BriefingItem> Fix(IReadOnlyList<BriefingItem> items)
        {
            var result = new List<BriefingItem>();
            foreach (var item in items)
            {
                if (c.Drop.FirstOrDefault(d => item.Title.Contains(d, StringComparison.Ordinal)) is { } drop)
                {
                    used.Add("drop:" + drop);
                    continue;
                }

                var renamed = item;
                foreach (var (from, to) in c.Rename)
                {
                    if (item.Title.Contains(from, StringComparison.Ordinal))
                    {
                        used.Add("rename:" + from);
                        renamed = item with { Title = to };
                        break;
                    }
                }

                result.Add(renamed);
            }

            return result;
        }

        var corrected = b with { Meta = meta, Achievements = Fix(b.Achievements), Challenges = Fix(b.Challenges), Tasks = Fix(b.Tasks), Priorities = Fix(b.Priorities) };
        foreach (var d in c.Drop.Where(d => !used.Contains("drop:" + d)))
        {
            bag.Add(DiagnosticKinds.CorrectionDropUnmatched.Of($"drop 「{d}」 matches no item") with { File = c.Origin });
        }

        foreach (var (from, _) in c.Rename.Where(r => !used.Contains("rename:" + r.Key)))
        {
            bag.Add(DiagnosticKinds.CorrectionRenameUnmatched.Of($"rename 「{from}」 matches no item") with { File = c.Origin });
        }

        notes.Add($"corrections: applied {c.Origin}");
        return corrected with { Diagnostics = bag.Diagnostics };
    }

    private static string Excerpt(string text, int index) => text[index..Math.Min(text.Length, index + 16)];

    private static List<BriefingItem> Build(CandidateList? list, KeyFigureIndex figures) =>
        list is null ? [] : [.. list.Items.Select(p => ItemBuilder.Build(p, figures)).OfType<BriefingItem>()];
}
