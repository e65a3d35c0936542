using System.Text.RegularExpressions;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// Finds the report's top-level parts. Two readings are built — the numbered top-level headings of
/// one style (一、…), and the unnumbered part headings on lines of their own — and the one whose
/// headings read best as the genre's outline (a review, then this year's work) is kept.
/// </summary>
internal static partial class SectionFinder
{
    /// <summary>The parts, each with its role assigned; the roles' reasons go to <paramref name="notes"/>, and their decisions to <paramref name="trace"/> when one is given.</summary>
    public static List<ReportSection> Find(OutlineNode root, List<string> notes, Scoring.DecisionTrace? trace = null)
    {
        var numbered = Numbered(root);
        var unnumbered = Unnumbered(root);
        var restart = RestartAt(numbered);
        if (restart is >= 2 && restart < numbered.Count && (IsUndertakings(numbered[restart..]) || IsAnnex(root, numbered[restart])))
        {
            // 一、…四、 then 一、…三十、 whose items name the department answerable, or under a title of the
            // year's undertakings (今年十件民生实事, 附件): the second run is an annex, not more parts.
            notes.Add($"numbered parts restart after {restart}: the rest is an annex");
            numbered = numbered[..restart];
            restart = numbered.Count;
        }

        var a = Fit(numbered);
        var b = Fit(unnumbered);
        if (unnumbered.Count >= 2 && (restart < numbered.Count || Nested(root, numbered)))
        {
            // 一、…八、 then 一、…五、, or one run 一、…十、 that starts under the last of the unnumbered
            // headings: numbers that start again in a part, or that stay within one, are lists inside parts
            // whose headings carry no number (过去一年的工作 … 今年的主要任务), not the parts.
            a -= RestartPenalty;
        }

        notes.Add($"numbered parts: {numbered.Count} (fit {a}); unnumbered part headings: {unnumbered.Count} (fit {b})");
        var chosen = numbered.Count >= 2 && a >= b ? numbered
            : unnumbered.Count >= 2 && b > 0 ? unnumbered
            : numbered.Count >= 2 ? numbered
            : [new ReportSection(null, root.Children)];
        notes.AddRange(SectionClassifier.Assign(chosen, trace));
        return chosen;
    }

    /// <summary>The root's numbered children of the style that occurs most (the first on a tie); never —— lines.</summary>
    private static List<ReportSection> Numbered(OutlineNode root)
    {
        var group = root.NumberedChildren.Where(n => n.Marker!.Style is not (NumberingStyle.Dash or NumberingStyle.Enumeration))
            .GroupBy(n => n.Marker!.Style)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return group is null ? [] : [.. group.Select(n => new ReportSection(n, n.Children))];
    }

    /// <summary>How much a numbering that starts again counts against reading its items as the parts.</summary>
    private const int RestartPenalty = 3;

    /// <summary>
    /// True when most of the items name the department answerable for them, as a list of the year's
    /// undertakings does: 新建中小学若干所（市教育局负责）, 改造老旧小区（牵头单位：市住建局）.
    /// </summary>
    private static bool IsUndertakings(List<ReportSection> items) =>
        items.Count >= 3 && items.Count(s => Answerable().IsMatch(s.HeadingNode!.Text)) * 2 > items.Count;

    /// <summary>
    /// True when the line right before the restarted run names an annex or the year's undertakings:
    /// 今年十件民生实事 · 附件：为民办实事项目 · 附录.
    /// </summary>
    private static bool IsAnnex(OutlineNode root, ReportSection first)
    {
        var at = root.Children.IndexOf(first.HeadingNode!);
        if (at <= 0)
        {
            return false;
        }

        // The line before, in the text's order: the last paragraph of whatever stands before the run.
        var before = root.Children[at - 1];
        while (before.Children.Count > 0)
        {
            before = before.Children[^1];
        }

        return before.Paragraph is not null && before.Text.Length <= 40 && AnnexTitle().IsMatch(before.Text);
    }

    [GeneratedRegex(@"^附(?:件|录|表)?\s*[：:]?|实事|民生工程|惠民工程")]
    private static partial Regex AnnexTitle();

    [GeneratedRegex(@"[（(][^（）()]{0,30}(?:负责|牵头)[^（）()]{0,30}[）)]")]
    private static partial Regex Answerable();

    /// <summary>Where the numbered parts' numbers go back to the first (一、 after 八、): the index of that part, or their count when they never do.</summary>
    private static int RestartAt(List<ReportSection> numbered)
    {
        var at = 1;
        while (at < numbered.Count && !(numbered[at].HeadingNode!.Marker!.Ordinal == 1 && numbered[at - 1].HeadingNode!.Marker!.Ordinal >= 2))
        {
            at++;
        }

        return Math.Min(at, numbered.Count);
    }

    /// <summary>
    /// True when the numbered parts all stand within one unnumbered part, numbered from the first, and
    /// another unnumbered part of some length holds none of them (2024年工作回顾 with its paragraphs,
    /// then 2025年工作安排 with 一、…十、 under it).
    /// </summary>
    private static bool Nested(OutlineNode root, List<ReportSection> numbered)
    {
        if (numbered.Count < 2 || numbered[0].HeadingNode!.Marker!.Ordinal != 1)
        {
            return false;
        }

        var children = root.Children;
        var segmentOf = new int[children.Count];
        var lengths = new List<int> { 0 };
        for (int i = 0, segment = 0; i < children.Count; i++)
        {
            if (children[i].Paragraph?.IsPartHeading == true)
            {
                segment++;
                lengths.Add(0);
            }

            segmentOf[i] = segment;
            lengths[segment]++;
        }

        var segments = numbered.Select(s => segmentOf[children.IndexOf(s.HeadingNode!)]).Distinct().ToList();
        return segments.Count == 1 && segments[0] > 0
            && Enumerable.Range(1, lengths.Count - 1).Any(k => k != segments[0] && lengths[k] >= MinPartParagraphs);
    }

    /// <summary>The paragraphs an unnumbered part holds, its heading among them, for it to count as a part of its own.</summary>
    private const int MinPartParagraphs = 3;

    private static List<ReportSection> Unnumbered(OutlineNode root)
    {
        var result = new List<ReportSection>();
        var children = root.Children;
        var headings = Enumerable.Range(0, children.Count).Where(i => children[i].Paragraph?.IsPartHeading == true).ToList();
        for (var h = 0; h < headings.Count; h++)
        {
            var from = headings[h] + 1;
            var to = h + 1 < headings.Count ? headings[h + 1] : children.Count;
            result.Add(new ReportSection(children[headings[h]], [.. children.Skip(from).Take(to - from)]));
        }

        return result;
    }

    /// <summary>
    /// How well the headings read as the genre's outline, from their words alone (so that the choice of
    /// outline does not hang on the fitted roles it is then given): a heading that names a review, a
    /// heading after it that names this year's work, and up to four parts.
    /// </summary>
    private static int Fit(List<ReportSection> sections)
    {
        if (sections.Count < 2)
        {
            return 0;
        }

        var review = sections.FindIndex(s => SectionClassifier.ReadsAsReview(s.Heading));
        var fit = review >= 0 ? 3 : 0;
        if (sections.Skip(review + 1).Any(s => SectionClassifier.ReadsAsWork(s.Heading)))
        {
            fit += 2;
        }

        return fit + Math.Min(sections.Count, 4);
    }
}
