using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// Finds the report's top-level parts. Two readings are built — the numbered top-level headings of
/// one style (一、…), and the unnumbered part headings on lines of their own — and the one whose
/// headings read best as the genre's outline (a review, then this year's work) is kept.
/// </summary>
internal static class SectionFinder
{
    /// <summary>The parts, each with its role assigned; the roles' reasons go to <paramref name="notes"/>.</summary>
    public static List<ReportSection> Find(OutlineNode root, List<string> notes)
    {
        var numbered = Numbered(root);
        var unnumbered = Unnumbered(root);
        var (a, numberedRoles) = Fit(numbered);
        var (b, unnumberedRoles) = Fit(unnumbered);
        notes.Add($"numbered parts: {numbered.Count} (fit {a}); unnumbered part headings: {unnumbered.Count} (fit {b})");
        if (numbered.Count >= 2 && a >= b)
        {
            notes.AddRange(numberedRoles);
            return numbered;
        }

        if (unnumbered.Count >= 2 && b > 0)
        {
            notes.AddRange(unnumberedRoles);
            return unnumbered;
        }

        if (numbered.Count >= 2)
        {
            notes.AddRange(numberedRoles);
            return numbered;
        }

        List<ReportSection> whole = [new ReportSection(null, root.Children)];
        notes.AddRange(SectionClassifier.Assign(whole));
        return whole;
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

    /// <summary>How well the headings read as the genre's outline (a review first, tasks after it), with the roles assigned and their reasons.</summary>
    private static (int Fit, List<string> Notes) Fit(List<ReportSection> sections)
    {
        if (sections.Count < 2)
        {
            return (0, []);
        }

        var notes = SectionClassifier.Assign(sections);
        var fit = 0;
        if (sections.Any(s => s.Role == SectionRole.Review && SectionClassifier.ReadsAsReview(s.Heading)))
        {
            fit += 3;
        }

        if (sections.Any(s => s.Role is SectionRole.Tasks or SectionRole.TaskChapter))
        {
            fit += 2;
        }

        return (fit + Math.Min(sections.Count, 4), notes);
    }
}
