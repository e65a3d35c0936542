using System.Text.RegularExpressions;
using EcoBrief.Outline;
using EcoBrief.Chinese;
using EcoBrief.Extraction.Scoring;

namespace EcoBrief.Extraction;

/// <summary>
/// Builds every candidate list in a section — numbered runs of each style, —— lines, 一是… inside a
/// paragraph, parallel paragraphs with one lead — scores each by how much of the section it covers,
/// by what the text before it announces (主要做了以下工作 / 重点抓好以下10个方面: the count is a strong
/// signal), by its time frame and shape, and keeps the best.
/// </summary>
internal static partial class ListFinder
{
    [GeneratedRegex(@"以下(?:工作|几个方面|方面|几点|[0-9一二三四五六七八九十]+)|如下|主要做了|主要工作|重点(?:抓好|做好|推进|把握)|着力抓好|抓好|做好|主要是|包括")]
    private static partial Regex Announcement();

    [GeneratedRegex(@"(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:个|项|大|条|件)?(?:方面|重点|任务|工作|点|领域)")]
    private static partial Regex AnnouncedCount();

    [GeneratedRegex(@"过去(?:的)?一年|一年来|刚刚过去的|去年|今年以来")]
    private static partial Regex LastYear();

    /// <summary>How far into the opening of a passage its time is set (2025年是“十四五”收官之年).</summary>
    private const int OpeningTime = 12;

    /// <summary>One year set as the time of a passage: 2025年是…, 一年来, 过去一年, 这一年.</summary>
    [GeneratedRegex(@"(?:19|20)[0-9]{2}年(?:是|，)|一年来|过去(?:的)?一年|这一年")]
    private static partial Regex OneYearNamed();

    [GeneratedRegex(@"亮点|体会|启示|经验(?:和|与)?(?:体会|启示)")]
    private static partial Regex NotWorkItems();

    private const string IndicatorParagraphs = "—— paragraphs";

    /// <summary>The family of a list, for its kind feature: its numbering style, or how it was found.</summary>
    private static string FamilyOf(OutlineNode first) => first.Marker?.Style.ToString() ?? "none";

    /// <summary>A paragraph whose statement of problems starts this near its beginning belongs to the problems.</summary>
    private const int ProblemsOpenWithin = 40;

    /// <summary>过去的五年极不平凡。/ 刚刚过去的一年很不容易。: the opening of a passage, not one of its items.</summary>
    [GeneratedRegex(@"^(?:过去(?:的)?(?:一年|五年)|刚刚过去的|这五年|五年来|一年来|(?:19|20)[0-9]{2}年(?:是|很|极))")]
    private static partial Regex TimeFrameOpening();

    /// <summary>The opening of the paragraph right before a list, where its time frame is set.</summary>
    private const int OpeningWindow = 40;

    /// <summary>Looks back this many characters before a list for what announces it.</summary>
    private const int LeadWindow = 120;

    /// <summary>The fitted weights of the choice (weights/lists.tsv).</summary>
    private static LinearModel Model => LinearModel.Embedded("lists");

    [GeneratedRegex(@"问题|不足|困难|短板|差距|挑战|矛盾")]
    private static partial Regex ProblemWords();

    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)?")]
    private static partial Regex Number();

    /// <summary>The best list of <paramref name="section"/>, or null when it has none.</summary>
    /// <param name="section">The part to read.</param>
    /// <param name="stopAt">Offset where the statement of problems starts: nothing from there on is an item.</param>
    /// <param name="role">Which category the list is read for: the review's work items, this year's tasks, the priorities, the problems.</param>
    /// <param name="notes">The explanation, or null.</param>
    /// <param name="kind">A list kind the user chose in the corrections (（一）, 一是, ——, run-in…): only lists of that kind compete.</param>
    /// <param name="trace">When given, the decision and all its candidates are written to it (for the fitting tool).</param>
    /// <param name="figures">The report's figures, to build the items' titles for the trace.</param>
    public static CandidateList? Best(ReportSection section, int? stopAt, ListRole role, List<string>? notes, string? kind = null, DecisionTrace? trace = null, KeyFigureIndex? figures = null)
    {
        var (nodes, candidates) = Candidates(section, stopAt);
        if (role != ListRole.Achievements)
        {
            // Group leads are the review's shape (我们…, each with paragraphs of its own); elsewhere the
            // paragraphs that open alike are framing (我们要…, 今年要…), not a list.
            candidates = [.. candidates.Where(c => c.Family != GroupFamily)];
        }

        if (kind is not null)
        {
            candidates = [.. candidates.Where(c => c.Kind.StartsWith(kind.Trim(), StringComparison.Ordinal))];
            notes?.Add($"  corrections: only lists of kind 「{kind}」");
        }

        if (candidates.Count == 0)
        {
            notes?.Add("  no candidate list");
            return null;
        }

        var total = Math.Max(1, nodes.Sum(n => n.Paragraph!.Text.Length - n.TextStart));
        var items = new ItemExtents(candidates);
        var indexOf = new Dictionary<Paragraph, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Count; i++)
        {
            indexOf.TryAdd(nodes[i].Paragraph!, i);
        }

        foreach (var c in candidates)
        {
            c.Features = Describe(c, section, nodes, indexOf.GetValueOrDefault(c.Items[0][0].Paragraph, -1), total, role, items.Owner(c));
            c.Score = Model.Score(c.Features);
            c.Reasons.AddRange(Model.Parts(c.Features).Take(4).Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Feature} {p.Part:+0.00;-0.00}")));
        }

        var ordered = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Start).ToList();
        var probabilities = LinearModel.Probabilities([.. ordered.Select(c => c.Score)]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Probability = probabilities[i];
        }

        ordered[0].RunnerUp = ordered.Count > 1 ? ordered[1].Describe() : null;
        trace?.Decisions.Add(new TracedDecision(Model.Name, $"{role} 「{section.Heading}」", [.. candidates.Select(c => new TracedCandidate(c.Describe(), c.Features, figures is null ? [] : [.. c.Items.Select(i => ItemBuilder.Build(i, figures)?.Title ?? string.Empty)]))], candidates.IndexOf(ordered[0]))
        {
            PartBucket = $"{PartName(role)}-part:{section.RoleBasis}",
            Probability = ordered[0].Probability,
        });
        if (notes is not null)
        {
            notes.Add($"  chose {ordered[0].Describe()}");
            foreach (var c in ordered.Skip(1).Take(4))
            {
                notes.Add($"  over {c.Describe()}");
            }
        }

        return ordered[0];
    }

    /// <summary>True for a list of numbered items (（一） 一、 1. （1） ① 第一，), not of leads, dashes or parallel paragraphs.</summary>
    public static bool IsNumbered(CandidateList list) =>
        list.Family is nameof(NumberingStyle.ParenChinese) or nameof(NumberingStyle.ChineseComma) or nameof(NumberingStyle.ArabicDot)
            or nameof(NumberingStyle.ParenArabic) or nameof(NumberingStyle.Circled) or nameof(NumberingStyle.Ordinal);

    /// <summary>The name of the part a list of <paramref name="role"/> is read in, for its calibration bucket.</summary>
    public static string PartName(ListRole role) => role switch
    {
        ListRole.Achievements => "review",
        ListRole.Tasks => "tasks",
        ListRole.Priorities => "between",
        _ => "problems",
    };

    /// <summary>The kinds of list <paramref name="section"/> holds, in the report's order, as a correction names them (its start: （一）, ——, run-in…).</summary>
    public static IEnumerable<string> Kinds(ReportSection section, int? stopAt) =>
        Candidates(section, stopAt).Candidates.OrderBy(c => c.Start).Select(c => c.Kind).Distinct(StringComparer.Ordinal);

    private static (List<OutlineNode> Nodes, List<CandidateList> Candidates) Candidates(ReportSection section, int? stopAt)
    {
        // Nothing from the statement of problems on: a paragraph that opens with it belongs to the problems.
        var nodes = section.Nodes.Where(n => stopAt is null || n.Paragraph!.Span.End <= stopAt || stopAt - n.Paragraph.Span.Start > ProblemsOpenWithin).ToList();
        var candidates = new List<CandidateList>();
        StyleRuns(nodes, candidates);
        DashRuns(nodes, candidates);
        DashGroups(nodes, candidates);
        Inline(nodes, stopAt, candidates);
        Parallel(nodes, candidates);
        GroupLeads(nodes, candidates);
        RunIn(nodes, candidates);
        return (nodes, candidates);
    }

    /// <summary>
    /// What a candidate looks like, as features the fitted weights judge: how much of the part it
    /// covers, what announces it (主要做了以下工作, a count that matches or not, lessons or problems),
    /// its time frame, its kind, its shape (items, figures in it) and whether it is the sub-points of
    /// one item of another list. Each feature is given twice, alone and for the role it is read for,
    /// so the fitting can weigh it in general and for that role.
    /// </summary>
    // index: where the list's first item stands in nodes, or -1.
    private static Features Describe(CandidateList c, ReportSection section, List<OutlineNode> nodes, int index, int total, ListRole role, CandidateList? owner)
    {
        var f = new Features();
        var prefix = role.ToString().ToLowerInvariant() + ":";
        void Add(string name, double value)
        {
            f.Add(name, value);
            f.Add(prefix + name, value);
        }

        var coverage = Math.Min(1.0, (double)c.Length / total);
        c.Coverage = coverage;
        Add("coverage", coverage);
        Add("kind:" + c.Family, 1);

        var lead = LeadBefore(c, section, nodes, index);
        var announced = Announcement().IsMatch(lead);
        Add("announced", announced ? 1 : 0);
        if (AnnouncedCount().Matches(lead).LastOrDefault() is { } count && ChineseOrArabic(count.Groups["n"].Value) is var n && n >= 2)
        {
            if (n == c.Items.Count)
            {
                c.CountMatches = true;
                Add("count-matches", 1);
            }
            else if (announced)
            {
                Add("count-differs", 1);
            }
        }

        Add("lessons", NotWorkItems().IsMatch(lead) ? 1 : 0);
        Add("lead-problems", ProblemWords().IsMatch(lead) ? 1 : 0);

        // The time frame is set where the passage before the list opens, however long it runs.
        var opening = OpeningBefore(nodes, index);
        if (LastYear().IsMatch(lead) || LastYear().IsMatch(opening))
        {
            Add("last-year", 1);
        }
        else if (SectionClassifier.NamesFiveYears(lead) || SectionClassifier.NamesFiveYears(opening))
        {
            Add("five-years", 1);
            // 2025年是“十四五”收官之年 names the five years, but sets last year as the time.
            c.FiveYears = !OneYearNamed().IsMatch(lead) && !OneYearNamed().IsMatch(opening[..Math.Min(opening.Length, OpeningTime)]);
        }
        else
        {
            c.FiveYears = SectionClassifier.ReadsAsFiveYearsOnly(section.Heading);
        }

        // Sub-points of one item, unless what leads into them announces exactly their number (三、抓好五项重点工作).
        if (!(c.CountMatches && coverage >= 0.2) && owner is not null)
        {
            Add("sub-points", 1);
            c.Reasons.Add($"sub-points of one item of the {owner.Kind}");
        }

        Add("items-log", Math.Log(c.Items.Count));
        var firstSentences = string.Concat(c.Items.Select(i => i[0].Sentences.Select(x => x.Text).FirstOrDefault() ?? string.Empty));
        Add("figures-in-leads", Math.Min(3.0, 100.0 * Number().Count(firstSentences) / Math.Max(1, firstSentences.Length)));
        var before = index < 0 ? 0 : nodes.Take(index).Sum(x => x.Paragraph!.Text.Length - x.TextStart);
        Add("starts-at", Math.Min(1.0, (double)before / total));
        return f;
    }

    /// <summary>The first characters of the unnumbered paragraph right before the list's first item.</summary>
    private static string OpeningBefore(List<OutlineNode> nodes, int index)
    {
        for (var i = index - 1; i >= 0 && i >= index - 2; i--)
        {
            if (!nodes[i].IsNumbered)
            {
                var text = nodes[i].Text;
                return text.Length > OpeningWindow ? text[..OpeningWindow] : text;
            }
        }

        return string.Empty;
    }

    /// <summary>What stands before a list: the end of the text before its first item, and the heading above it.</summary>
    private static string LeadBefore(CandidateList c, ReportSection section, List<OutlineNode> nodes, int index)
    {
        var first = c.Items[0][0];
        var sb = new System.Text.StringBuilder();
        var before = first.Paragraph.Text[..Math.Max(0, first.Start)];
        var owner = index >= 0 ? nodes[index] : null;
        if (owner is not null && before.Length <= owner.TextStart)
        {
            before = string.Empty;
        }

        sb.Insert(0, before);
        for (var i = index - 1; i >= 0 && sb.Length < LeadWindow; i--)
        {
            sb.Insert(0, nodes[i].Paragraph!.Text);
        }

        if (sb.Length == 0 || index <= 0)
        {
            sb.Insert(0, section.Heading);
        }

        return sb.Length > LeadWindow ? sb.ToString(sb.Length - LeadWindow, LeadWindow) : sb.ToString();
    }

    private static int ChineseOrArabic(string s) =>
        CjkChar.IsAsciiDigit(s[0]) ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : ChineseNumeral.Parse(s);

    /// <summary>Runs of one numbering style with ordinals 1, 2, 3…; a run restarts where 1 comes again.</summary>
    private static void StyleRuns(List<OutlineNode> nodes, List<CandidateList> into)
    {
        var open = new Dictionary<NumberingStyle, List<OutlineNode>>();
        void Close(NumberingStyle style)
        {
            if (open.Remove(style, out var run) && run.Count >= 2)
            {
                into.Add(new CandidateList($"{run[0].Marker!.Text.Trim()} run", [.. run.Select(TextPiece.Of)], run[0].Paragraph!.Line) { Family = FamilyOf(run[0]) });
            }
        }

        foreach (var n in nodes)
        {
            if (n.Marker is not { Style: not NumberingStyle.Dash } m)
            {
                continue;
            }

            // A run goes on over one number the source lost (（三） then （五）, the fourth heading printed
            // without its number): its text stays with the item before.
            if (open.TryGetValue(m.Style, out var run) && (m.Ordinal == run[^1].Marker!.Ordinal + 1 || m.Ordinal == run[^1].Marker!.Ordinal + 2))
            {
                run.Add(n);
            }
            else
            {
                Close(m.Style);
                if (m.Ordinal == 1)
                {
                    open[m.Style] = [n];
                }
            }
        }

        foreach (var style in open.Keys.ToList())
        {
            Close(style);
        }
    }

    /// <summary>—— lines: heading lines that own the paragraphs after them, or self-contained indicator paragraphs.</summary>
    private static void DashRuns(List<OutlineNode> nodes, List<CandidateList> into)
    {
        var run = new List<OutlineNode>();
        bool? headings = null;
        void Close()
        {
            if (run.Count >= 2)
            {
                into.Add(new CandidateList(headings == true ? "—— headings" : IndicatorParagraphs, [.. run.Select(TextPiece.Of)], run[0].Paragraph!.Line) { Family = headings == true ? "dash-headings" : "dash-paragraphs" });
            }

            run = [];
            headings = null;
        }

        OutlineNode? previous = null;
        foreach (var n in nodes)
        {
            if (n.Marker?.Style == NumberingStyle.Dash)
            {
                var isHeading = n.Text.Length <= 60 && n.Sentences.Count <= 1;
                if (headings is { } h && (h != isHeading || (!isHeading && previous is not null && !Adjacent(nodes, previous, n))))
                {
                    Close();
                }

                run.Add(n);
                headings = isHeading;
                previous = n;
            }
            else if (n.IsNumbered && n.Parent is not null && !IsBelow(n, run))
            {
                Close();
            }
        }

        Close();
    }

    /// <summary>
    /// Three or more —— paragraphs of one parent, followed by paragraphs of their own without a mark
    /// (——全力稳增长，发展质量得到新提升。… then 加快发展特色产业…。 then ——攻坚治污染，…), some perhaps
    /// with none: group leads written with a dash. Runs of —— paragraphs in a row are <see cref="DashRuns"/>'.
    /// </summary>
    private static void DashGroups(List<OutlineNode> nodes, List<CandidateList> into)
    {
        foreach (var group in nodes.Where(n => n.Marker?.Style == NumberingStyle.Dash).GroupBy(n => n.Parent).Where(g => g.Count() >= 3))
        {
            var members = group.ToList();
            var positions = members.Select(n => nodes.IndexOf(n)).ToList();
            var between = positions.Zip(positions.Skip(1), (a, b) => nodes.Skip(a + 1).Take(b - a - 1).ToList()).ToList();
            // Some leads may follow one another (——农村经济全面发展。——工业…。 then their paragraphs), but not all.
            // Nothing numbered stands between them, and no paragraph that turns to the deputies (各位代表，…“十二五”
            // 胜利收官。): that separates last year's list from the five years'.
            if (between.All(g => g.Count == 0) || between.Any(g => g.Any(n => n.IsNumbered || TurnsToAnotherList(n))))
            {
                continue;
            }

            into.Add(new CandidateList("—— group leads", [.. members.Select(TextPiece.Of)], members[0].Paragraph!.Line) { Family = "dash-groups" });
        }
    }

    /// <summary>A paragraph that turns to the deputies (各位代表，…): it closes one list and may open another.</summary>
    private static bool TurnsToAnotherList(OutlineNode node) => node.Text.StartsWith("各位代表", StringComparison.Ordinal);

    private static bool Adjacent(List<OutlineNode> nodes, OutlineNode a, OutlineNode b)
    {
        var i = nodes.IndexOf(a);
        for (var k = i + 1; k < nodes.Count && !ReferenceEquals(nodes[k], b); k++)
        {
            if (!IsBelow(nodes[k], [a]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBelow(OutlineNode n, List<OutlineNode> owners)
    {
        for (var p = n.Parent; p is not null; p = p.Parent)
        {
            if (owners.Exists(o => ReferenceEquals(o, p)))
            {
                return true;
            }
        }

        return false;
    }

    private static void Inline(List<OutlineNode> nodes, int? stopAt, List<CandidateList> into)
    {
        foreach (var n in nodes)
        {
            var text = n.Paragraph!.Text;
            var end = text.Length;
            if (stopAt is { } stop && n.Paragraph.Span.End > stop)
            {
                end = Math.Max(n.TextStart, Math.Min(end, stop - n.Paragraph.Span.Start));
            }

            var run = InlineEnumeration.Find(text, n.TextStart, end);
            if (run.Count >= 2)
            {
                into.Add(new CandidateList("一是… in a paragraph", [.. run.Select(r => new List<TextPiece> { new(n.Paragraph, r.Start + r.MarkerLength, r.End) })], n.Paragraph.Line) { Family = "inline" });
            }
        }
    }

    /// <summary>The longest first sentence a run-in lead opening a run has (做强实体经济，推动产业升级。…).</summary>
    private const int RunInLead = 24;

    /// <summary>
    /// The longest lead once a run has begun: two-clause heads run longer (城市基础设施建设迈出新步伐，
    /// 生态环境建设达到新水平。…) among short ones.
    /// </summary>
    private const int RunInLeadInRun = 36;

    /// <summary>Three or more sibling paragraphs in a row, each opening with a short lead sentence and going on after it.</summary>
    private static void RunIn(List<OutlineNode> nodes, List<CandidateList> into)
    {
        var run = new List<OutlineNode>();
        void Close()
        {
            if (run.Count >= 3)
            {
                into.Add(new CandidateList("run-in leads", [.. run.Select(TextPiece.Of)], run[0].Paragraph!.Line) { Family = "run-in" });
            }

            run = [];
        }

        foreach (var n in nodes)
        {
            if (run.Count > 0 && (!ReferenceEquals(run[^1].Parent, n.Parent) || !IsRunInLead(n, RunInLeadInRun)))
            {
                Close();
            }

            if (IsRunInLead(n, run.Count == 0 ? RunInLead : RunInLeadInRun))
            {
                run.Add(n);
            }
        }

        Close();
    }

    private static bool IsRunInLead(OutlineNode n, int longest)
    {
        var lead = n.Sentences.Count >= 2 ? n.Sentences[0].Text : null;
        return !n.IsNumbered && lead is not null && (lead.Length <= longest || IsHeadOfClauses(lead)) && lead.Length >= 5 && lead[^1] == '。' && !TimeFrameOpening().IsMatch(lead);
    }

    /// <summary>The longest short clause of a head of several (经济持续快速发展，质量效益明显提高，综合实力大幅提升。).</summary>
    private const int HeadClause = 14;

    /// <summary>
    /// A head of several short clauses and no number, whatever its length: 经济持续快速发展，质量效益明显提高，
    /// 综合实力大幅提升。 · 工业化进程明显加快，自主创新能力进一步增强，结构调整迈出重要步伐。 A sentence that
    /// reports (初步预计，生产总值达到…) has numbers; one that only frames (在…领导下，… · 在五年发展历程中，…) opens
    /// with 在 or has a long clause.
    /// </summary>
    private static bool IsHeadOfClauses(string lead)
    {
        var clauses = lead.TrimEnd('。').Split('，');
        return clauses.Length is >= 2 and <= 4 && Array.TrueForAll(clauses, c => c.Length is >= 4 and <= HeadClause) && !lead.Any(char.IsAsciiDigit) && !lead.StartsWith('在');
    }

    /// <summary>
    /// Three or more sibling paragraphs that open with the same two characters with other paragraphs
    /// between them: group leads, each followed by paragraphs of its own that open otherwise (我们着力
    /// 改善民生…。 then 深化医药卫生体制改革…。 实施文化惠民工程…。 then 我们着力推进改革开放…。).
    /// Paragraphs in a row that open alike are <see cref="Parallel"/>'s.
    /// </summary>
    /// <summary>The family of <see cref="GroupLeads"/>' candidates (its fitted feature is <c>kind:group</c>).</summary>
    private const string GroupFamily = "group";

    private static void GroupLeads(List<OutlineNode> nodes, List<CandidateList> into)
    {
        // A group's lead opens with a clause (我们着力改善民生，…), not a run-in head of its own (城市面貌大变。…).
        var prose = nodes.Where(n => !n.IsNumbered && n.Text.Length >= 20 && n.Sentences.Count > 0 && n.Sentences[0].Text.Contains('，', StringComparison.Ordinal)).ToList();
        foreach (var group in prose.GroupBy(n => (n.Parent, Opening: n.Text[..2])).Where(g => g.Count() >= 3))
        {
            var members = group.ToList();
            var positions = members.Select(n => nodes.IndexOf(n)).ToList();
            var gaps = positions.Zip(positions.Skip(1), (a, b) => b - a - 1).ToList();
            if (gaps.All(g => g == 0) || gaps.Count(g => g == 0) * 2 > gaps.Count)
            {
                // In a row (or mostly so): parallel paragraphs, not leads of groups.
                continue;
            }

            into.Add(new CandidateList($"group leads 「{group.Key.Opening}…」", [.. members.Select(TextPiece.Of)], members[0].Paragraph!.Line) { Family = GroupFamily });
        }
    }

    /// <summary>Three or more sibling paragraphs in a row that open with the same two characters (我们…, 这一年，…).</summary>
    private static void Parallel(List<OutlineNode> nodes, List<CandidateList> into)
    {
        var run = new List<OutlineNode>();
        void Close()
        {
            if (run.Count >= 3)
            {
                into.Add(new CandidateList($"parallel paragraphs 「{run[0].Text[..2]}…」", [.. run.Select(TextPiece.Of)], run[0].Paragraph!.Line) { Family = "parallel" });
            }

            run = [];
        }

        foreach (var n in nodes)
        {
            if (n.IsNumbered || n.Text.Length < 20 || !n.Text.Contains('。', StringComparison.Ordinal))
            {
                Close();
                continue;
            }

            if (run.Count > 0 && (!ReferenceEquals(run[^1].Parent, n.Parent) || !n.Text.StartsWith(run[0].Text[..2], StringComparison.Ordinal)))
            {
                Close();
            }

            run.Add(n);
        }

        Close();
    }
}
