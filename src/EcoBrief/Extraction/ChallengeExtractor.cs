using System.Text.RegularExpressions;
using EcoBrief.Chinese;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// The problems a report admits. They follow a turn of phrase (同时，我们也要看到 / 清醒认识到 /
/// 问题和不足 / 困难和挑战 / 问题也不容忽视) and come as 一是…五是, as numbered paragraphs, as clauses
/// split by semicolons, as one sentence of comma-separated problem clauses, or as plain sentences;
/// the lead-in, 等等 and the closing 我们一定… are left out. The government's admission of its own
/// shortcomings, often set inside its last task (政府工作与人民的期待还有差距：…), counts too.
/// </summary>
internal static partial class ChallengeExtractor
{
    [GeneratedRegex(@"(?:也|还|要|必须|同时)(?:要|应|应当|必须)?(?:清醒|深刻|充分)?(?:地)?(?:看到|认识到)|清醒(?:地)?(?:看到|认识到)|问题也不容忽视|问题和不足|不足和问题|困难和挑战|挑战和困难|困难和问题|问题和挑战|矛盾和问题|短板不足|短板和不足|不足和短板|差距和不足|不足之处|存在(?:着)?(?:一些|不少|许多)(?:突出)?(?:矛盾|问题|困难|不足)")]
    private static partial Regex StrongTrigger();

    /// <summary>
    /// Other turns that admit a shortfall: falling short of a yardstick (对照…要求，…还存在不小差距), knowing what is
    /// lacking (我们深知…基础还不牢固), a shortfall summed up and then spelled out (…综合实力仍然不强，…具体表现在： ·
    /// …开放水平仍然不高。具体表现在：), a
    /// count of problems with 还有 or 不小 (还有许多短板和问题 · 仍然面临不小压力和挑战). Inside a passage of problems
    /// and inside results (收入…相比还有差距) they say so too, so they are read only where neither a strong nor a
    /// counted phrase opens a passage.
    /// </summary>
    [GeneratedRegex(@"(?:还|仍)(?:存在|有)(?:不小|较大|明显|很大)(?:的)?差距|深知[^。；]{0,60}?(?:不足|差距|挑战|问题|困难|短板|不够|不强|不牢|不高)"
        + @"|(?:不强|不够|不足|不高|薄弱|滞后)[^。；]{0,30}?。?(?:具体|主要|突出|集中)(?:表现|体现)(?:在|为)[：:]"
        // The counts CountedTrigger does not read (it is tried before, on the same paragraphs and more).
        + @"|(?:(?:还有|仍有)(?:着)?(?:许多|不少|诸多|很多|较多|不小)|(?:存在|面临)(?:着)?不小)[^，。；：]{0,8}?(?:矛盾|问题|困难|不足|挑战|差距|短板)")]
    private static partial Regex ShortfallTrigger();

    /// <summary>
    /// 仍面临不少挑战 · 存在一些亟待解决的问题: a count of problems the place faces. Problems
    /// themselves say so too (三是安全生产面临诸多挑战), so these are read only where no stronger phrase opens a passage.
    /// </summary>
    [GeneratedRegex(@"(?:存在|面临)(?:着)?(?:一些|不少|许多|诸多|很多|较多)[^，。；：]{0,8}?(?:矛盾|问题|困难|不足|挑战|差距|短板)")]
    private static partial Regex CountedTrigger();

    /// <summary>Words that also stand inside achievements (突出问题整改), so they count only outside numbered items.</summary>
    [GeneratedRegex(@"存在的(?:突出|主要)?问题|面临的(?:突出|主要)?问题|风险挑战|薄弱环节|短板")]
    private static partial Regex WeakTrigger();

    /// <summary>The government's own shortcomings, admitted in its own chapter or task (…取得新的成绩，但与人民的期待仍有差距).</summary>
    [GeneratedRegex(@"(?:政府工作|(?<=[，,]但))(?:与|同|离)人民(?:群众)?(?:的)?(?:期望|期待|要求)(?:相比)?(?:还有|仍有|还存在)(?:较大|一定|不小)?(?:的)?差距|政府工作(?:中)?(?:也|还|仍)?存在(?:一些|不少)?(?:问题和)?不足")]
    private static partial Regex GovernmentTrigger();

    [GeneratedRegex(@"^(?:面对|对此|针对|对于这些|对这些|这些(?:问题|困难|矛盾)|我们(?:必须|要|一定|将|决不|务必|坚信|既要)|必须高度重视|要直面|各位代表|我们有信心|这些发展中|我国(?:发展)?(?:具有|拥有|具备))")]
    private static partial Regex Conclusion();

    /// <summary>
    /// A statement that there are problems, not a problem: 面临的困难和挑战 / 老问题、新挑战仍然不少 / 一些矛盾亟待解决 /
    /// 发展仍有很多短板和问题 / 政府工作与群众期待还有差距, and the yardstick such a statement opens with (对照人民期望).
    /// </summary>
    [GeneratedRegex(@"^(?:对比|对照|对标|比照)[^，。；：]{0,30}$|(?:期待|期望|要求)(?:相比)?(?:还有|仍有|还存在)(?:较大|一定|不小)?(?:的)?差距$|(?:的|不少|一些|许多|诸多|若干|很多|较多|不小)[^，。；：]{0,8}?(?:问题|挑战|困难|不足|矛盾|短板|差距|风险)(?:和(?:问题|挑战|困难|不足|矛盾|短板|风险挑战))?$|(?:问题|挑战|困难|矛盾|风险)[^，。；：]{0,6}(?:不少|较多|很多|增多)$|^[^，。；：]{0,12}(?:存在|面临|有)(?:着)?(?:不少|一些|许多)[^，。；：]{0,12}$|(?:关键期|攻坚期|窗口期|关键阶段|关口期|初级阶段)$|(?:困难|挑战|风险)[^，。；：]{0,4}(?:依然|仍然|仍|更加)?(?:严峻复杂|复杂严峻|严峻)$|^(?:一些|不少|许多|诸多|很多)?[^，。；：]{0,6}(?:问题|矛盾|困难|挑战)[^，。；：]{0,4}(?:亟待|亟需|急需|有待|需要|必须)(?:我们)?(?:破解|解决|克服|应对|化解)$|(?:一些|不少)[^，。；：]{0,8}?(?:问题|矛盾)(?:尚未|还没有|仍未)(?:得到)?(?:根本)?(?:解决|缓解)$|(?:世界)?最大(?:的)?发展中国家$")]
    private static partial Regex GenericStatement();

    [GeneratedRegex(@"^(?:主要是|主要表现在|主要表现为|具体表现为|表现在|集中表现在|突出表现在|(?:主要|具体|集中|突出)?体现在)[：:，]?")]
    private static partial Regex Namely();

    /// <summary>What makes a clause a problem of its own: a predicate of shortfall.</summary>
    [GeneratedRegex(@"不足|不够|不强|不高|不优|不牢|不稳|不多|不大|不快|偏弱|偏低|偏小|偏慢|偏重|滞后|突出|较多|较大|加大|加深|加剧|艰巨|紧迫|困难|短板|弱项|有待|仍需|亟待|还需|尚需|尚未|尚不|不容忽视|矛盾|压力|风险|隐患|差距|薄弱|新课题|不适应|跟不上|仍然|依然|增多|存在|不到位|下降|放缓|受阻")]
    private static partial Regex ProblemPredicate();

    /// <summary>A clause that carries on the one before it rather than naming a new problem.</summary>
    [GeneratedRegex(@"^(?:特别是|尤其是|甚至|而且|并且|导致|影响|使得|以致|从而|但|也|还|且)")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"^(?:政府工作|我们的工作|工作中)(?:中)?(?:也|还|仍)?存在(?:一些|不少)?(?:问题和)?不足[，：]")]
    private static partial Regex GovernmentLead();

    [GeneratedRegex(@"[，]?(?:主要是|主要表现在|主要表现为|主要体现在)[：:，]?")]
    private static partial Regex InnerNamely();

    /// <summary>A list announced inside a sentence, after a clause that sums it up: …，主要是：.</summary>
    [GeneratedRegex(@"[，,](?:主要是|主要表现在|主要表现为|具体表现为|具体表现在|主要体现在)[：:]")]
    private static partial Regex InnerNamedList();

    [GeneratedRegex(@"[，、；]?等等[。；]?$")]
    private static partial Regex EtCetera();

    /// <summary>A comma clause shorter than this carries on into the next.</summary>
    private const int MinClause = 4;

    /// <summary>The most problems one passage gives: past that, the passage has run into other text.</summary>
    private const int MaxUnits = 16;

    /// <summary>
    /// The place where the statement of problems starts: in the review, else in what lies between,
    /// else in the tasks. Loose paragraphs (not inside a numbered item) come before items, strong
    /// phrases before counted problems (面临不少挑战) and those before weak words; among several, the
    /// one followed by the most shortfall predicates wins, a later one on a tie. Difficulties named as
    /// the year's circumstance (面对…挑战) open nothing. When the review has none, the few paragraphs
    /// after the thanks that close a review (向…表示衷心的感谢) are searched next, whatever part the outline
    /// put them in: when the review's own heading was lost, its items and that coda end up in parts
    /// read as the government's or as tasks.
    /// </summary>
    public static (OutlineNode Node, int Index)? FindTrigger(IReadOnlyList<OutlineNode> review, IReadOnlyList<OutlineNode> between, IReadOnlyList<OutlineNode> tasks, IReadOnlyList<OutlineNode>? coda = null)
    {
        List<OutlineNode> Loose(IReadOnlyList<OutlineNode> nodes) => [.. nodes.Where(n => n.Paragraph is not null && !InsideItem(n))];
        var looseReview = Loose(review);
        List<OutlineNode> allReview = [.. review.Where(n => n.Paragraph is not null)];
        var looseBetween = Loose(between);
        List<OutlineNode> afterThanks = [.. (coda ?? []).Where(n => n.Paragraph is not null)];
        return Best(looseReview, StrongTrigger())
            ?? Best(allReview, StrongTrigger())
            ?? Best(looseReview, CountedTrigger())
            ?? Best(allReview, CountedTrigger())
            ?? Best(afterThanks, StrongTrigger())
            ?? Best(afterThanks, CountedTrigger())
            ?? Earlier(Best(looseReview, ShortfallTrigger()), Best(looseReview, WeakTrigger()))
            ?? Best(allReview, ShortfallTrigger())
            ?? Best(looseBetween, StrongTrigger())
            ?? Best(Loose(tasks), StrongTrigger())
            ?? Best(looseBetween, CountedTrigger())
            ?? Best(looseReview, WeakTrigger());
    }

    /// <summary>Of two weaker phrases that may open one passage (还有不少短板 · 存在的问题), the one the text reaches first: where the passage starts.</summary>
    private static (OutlineNode Node, int Index)? Earlier((OutlineNode Node, int Index)? a, (OutlineNode Node, int Index)? b) =>
        a is not { } x ? b : b is not { } y ? a : Offset(x) <= Offset(y) ? a : b;

    /// <summary>Where a phrase found in a paragraph stands in the cleaned text.</summary>
    private static int Offset((OutlineNode Node, int Index) at) => at.Node.Paragraph!.SpanOf(at.Index, at.Index + 1).Start;

    /// <summary>The thanks that close a review: 向…表示衷心的感谢 / 致以崇高的敬意.</summary>
    [GeneratedRegex(@"(?:表示|致以)[^。，；]{0,12}(?:感谢|谢意|敬意)")]
    private static partial Regex Thanks();

    /// <summary>How many paragraphs after the thanks a review's coda runs at most.</summary>
    private const int CodaLength = 3;

    /// <summary>
    /// The paragraphs right after each paragraph of thanks (向…表示衷心的感谢), in the report's order, at
    /// most <see cref="CodaLength"/> and never past a part's heading: where a review closes with the
    /// problems it admits.
    /// </summary>
    public static List<OutlineNode> Coda(OutlineNode root, IReadOnlyList<ReportSection> sections)
    {
        var headings = sections.Select(s => s.HeadingNode).Where(h => h is not null).ToHashSet();
        List<OutlineNode> nodes = [.. root.DescendantsAndSelf().Where(n => n.Paragraph is not null)];
        var coda = new List<OutlineNode>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (Thanks().IsMatch(nodes[i].Paragraph!.Text))
            {
                coda.AddRange(nodes.Skip(i + 1).Take(CodaLength).TakeWhile(n => !headings.Contains(n)).Where(n => !coda.Contains(n)));
            }
        }

        return coda;
    }

    /// <summary>Where the government admits its own shortcomings in <paramref name="scope"/>, if it does.</summary>
    public static (OutlineNode Node, int Index)? FindGovernmentTrigger(IEnumerable<OutlineNode> scope)
    {
        foreach (var node in scope.Where(n => n.Paragraph is not null))
        {
            var m = GovernmentTrigger().Match(node.Paragraph!.Text, node.TextStart);
            if (m.Success)
            {
                return (node, m.Index);
            }
        }

        return null;
    }

    private static (OutlineNode Node, int Index)? Best(List<OutlineNode> nodes, Regex trigger)
    {
        (OutlineNode, int)? best = null;
        var bestScore = double.MinValue;
        for (var i = 0; i < nodes.Count; i++)
        {
            var text = nodes[i].Paragraph!.Text;
            for (var m = trigger.Match(text, nodes[i].TextStart); m.Success; m = m.NextMatch())
            {
                if (IsCircumstance(text, m))
                {
                    continue;
                }

                // What follows: the rest of the paragraph and the next few.
                var after = text[m.Index..] + string.Concat(nodes.Skip(i + 1).Take(4).Select(n => n.Text));
                if (after.Length > 300)
                {
                    after = after[..300];
                }

                var score = ProblemPredicate().Count(after) + (0.5 * i / Math.Max(1, nodes.Count));
                if (score > bestScore)
                {
                    (best, bestScore) = ((nodes[i], m.Index), score);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// True when the difficulties are the circumstance of the year's work, not problems admitted: 面对
    /// (直面, 克服, 战胜, 顶住…) 风险挑战…, 困难和挑战面前 / 中 / 之下, 困难和挑战比预想的大 — the opening of a
    /// review says so before it tells what was done. So are problems the year's work solved (破解 / 着力解决
    /// 发展中的矛盾和问题), unless they still wait to be solved (亟待解决的, 需要着力解决的).
    /// </summary>
    private static bool IsCircumstance(string text, Match m)
    {
        var clauseStart = text.LastIndexOfAny(ClauseMarks, Math.Max(0, m.Index - 1)) + 1;
        var before = text[Math.Max(clauseStart, m.Index - CircumstanceReach)..m.Index];
        var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 4)];
        // 对于这些困难和问题，我们必须…: the problems named before, pointed back at, open nothing.
        if (PointedBack().IsMatch(before))
        {
            return true;
        }

        // 我们必须紧密关注、认真解决面临的困难和问题。一是…: problems still to be solved are admitted.
        var overcome = Overcome().Match(before);
        if (overcome.Success && SolveVerb().IsMatch(overcome.Value) && ToBeSolved().IsMatch(before[..overcome.Index]))
        {
            return CircumstanceAfter().IsMatch(after);
        }

        return overcome.Success || CircumstanceAfter().IsMatch(after);
    }

    /// <summary>Words that point back at what was just named: 这些 · 上述 · 以上 · 前述.</summary>
    private const string BackReference = "这些|上述|以上|前述";

    /// <summary>这些 · 上述 · 以上 just before the phrase: problems already named, pointed back at (对于这些困难和问题).</summary>
    [GeneratedRegex(@"(?:" + BackReference + @"|这样那样的)$")]
    private static partial Regex PointedBack();

    [GeneratedRegex(@"^(?:破解|解决|化解|攻克)$")]
    private static partial Regex SolveVerb();

    /// <summary>A must or a will before a verb of solving, in its clause: 我们必须紧密关注、认真解决 · 要着力破解 · 需要化解.</summary>
    [GeneratedRegex(@"(?:必须|务必|要|需要|亟待|亟需|有待|将)[^，。；]{0,10}$")]
    private static partial Regex ToBeSolved();

    private static readonly char[] ClauseMarks = ['，', '。', '；', '：', '！'];

    /// <summary>How far before a phrase of problems a verb of overcoming is looked for, within its clause.</summary>
    private const int CircumstanceReach = 30;

    [GeneratedRegex(@"面对|直面|克服|战胜|应对|顶住|经受|迎战|迎难|历经|经历|(?<![待要须需](?:着力|切实|认真|努力|加快)?)(?:破解|解决|化解|攻克)")]
    private static partial Regex Overcome();

    [GeneratedRegex(@"^(?:面前|之中|之下|中|下|比预想|的考验|(?:相互)?交织|叠加)")]
    private static partial Regex CircumstanceAfter();

    /// <summary>True for a numbered item below a section, or a paragraph that belongs to one.</summary>
    private static bool InsideItem(OutlineNode node)
    {
        for (var n = node; n.Parent is not null; n = n.Parent)
        {
            if (n.IsNumbered && n.Parent.Parent is not null && n.Marker!.Style != NumberingStyle.Dash)
            {
                return true;
            }
        }

        return false;
    }

    public static List<BriefingItem> Extract(OutlineNode node, int triggerIndex, IReadOnlyList<OutlineNode> following, KeyFigureIndex figures)
    {
        var paragraph = node.Paragraph!;
        var text = paragraph.Text;
        var items = new List<BriefingItem>();
        if (Enumerated(paragraph, triggerIndex, items, figures))
        {
            return items;
        }

        // Problems listed as numbered paragraphs right after the lead-in.
        var afterLead = following.SkipWhile(n => !n.IsNumbered && IsLeadOnly(n)).ToList();
        var numbered = afterLead.TakeWhile(n => n.IsNumbered && n.Marker!.Style == afterLead[0].Marker?.Style).ToList();
        if (numbered.Count >= 2)
        {
            foreach (var n in numbered)
            {
                Add(items, TextPiece.Of(n), figures);
            }

            return items;
        }

        // The lead-in ends with a colon and the problems are one paragraph of their own, 一是…；二是…。
        if (numbered.Count == 1 && text.TrimEnd() is [.., '：' or ':'] && Enumerated(numbered[0].Paragraph!, 0, items, figures))
        {
            return items;
        }

        foreach (var piece in Units(paragraph, triggerIndex, following))
        {
            Add(items, [piece], figures);
        }

        return items;
    }

    /// <summary>The problems enumerated in one paragraph from <paramref name="from"/> (一是…二是…), one item each; false when fewer than two.</summary>
    private static bool Enumerated(Paragraph paragraph, int from, List<BriefingItem> items, KeyFigureIndex figures)
    {
        var text = paragraph.Text;
        var enumeration = InlineEnumeration.Find(text, from, text.Length);
        if (enumeration.Count < 2)
        {
            return false;
        }

        for (var i = 0; i < enumeration.Count; i++)
        {
            var (start, markerLength, end) = enumeration[i];
            if (i == enumeration.Count - 1)
            {
                end = EndBeforeConclusion(paragraph, start + markerLength, end);
            }

            Add(items, [new TextPiece(paragraph, start + markerLength, end)], figures);
        }

        return true;
    }

    /// <summary>
    /// The problems as text pieces: the rest of the trigger's sentence when it is a problem itself,
    /// then each sentence or semicolon clause up to the closing sentence; a passage that is one
    /// sentence of comma-separated problems gives one piece per problem.
    /// </summary>
    private static List<TextPiece> Units(Paragraph paragraph, int triggerIndex, IReadOnlyList<OutlineNode> following)
    {
        var text = paragraph.Text;
        var sentences = SentenceSplitter.Split(text, triggerIndex, text.Length);
        var units = new List<TextPiece>();
        if (sentences.Count == 0)
        {
            return units;
        }

        // The trigger's own sentence: what follows the trigger (and a colon or 主要是) may already be a problem.
        var first = sentences[0];
        var rest = RestOfTrigger(text, triggerIndex, first.End);
        if (rest is { } r)
        {
            units.Add(new TextPiece(paragraph, r, first.End));
        }

        foreach (var s in sentences.Skip(1))
        {
            units.Add(new TextPiece(paragraph, s.Start, s.End));
        }

        foreach (var n in following)
        {
            if (n.IsNumbered || n.Paragraph!.IsPartHeading || units.Count >= MaxUnits)
            {
                break;
            }

            units.AddRange(n.Sentences.Select(s => new TextPiece(n.Paragraph!, s.Start, s.End)));
        }

        // A sentence that only says what follows (主要是：) goes; so does everything from the closing sentence on.
        var kept = new List<TextPiece>();
        foreach (var u in units)
        {
            var t = u.Text.Trim();
            if (kept.Count > 0 && Conclusion().IsMatch(t) && !IsProblemAfterCircumstance(t))
            {
                break;
            }

            // …面临的问题和挑战。我们将采取有力措施，认真解决: a passage that admits problems without
            // naming one has none; its resolve is no problem.
            if (kept.Count == 0 && OwnResolve().IsMatch(t) && !ProblemsNamedNext().IsMatch(t))
            {
                break;
            }

            if (kept.Count > 0 && Resolution().Match(u.Text) is { Success: true } resolve)
            {
                // …作风还不适应新要求，我们要切实加以解决: the last problem keeps its own clauses;
                // 今后五年，必须采取有效措施，认真加以解决 is only the resolve.
                if (resolve.Index >= MinProblemBeforeResolve && !PointsBack().IsMatch(u.Text[..resolve.Index]))
                {
                    kept.Add(u with { End = u.Start + resolve.Index });
                }

                break;
            }

            if (Concession().IsMatch(t) && !ProblemPredicate().IsMatch(t))
            {
                // 尽管主要目标已经完成: what was done, conceded before the problems.
                continue;
            }

            var namely = Namely().Match(t);
            if (namely.Success)
            {
                // 问题依然突出。主要是：…: the sentence the list spells out only leads in.
                if (kept.Count > 0)
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                var skip = u.Text.IndexOf(namely.Value, StringComparison.Ordinal) + namely.Length;
                if (skip >= u.Text.Length - 1)
                {
                    continue;
                }

                kept.Add(u with { Start = u.Start + skip });
                continue;
            }

            // 一些…问题尚待解决，主要是：A；B: the problems start after the colon.
            var inner = InnerNamedList().Match(u.Text);
            if (inner.Success && inner.Index + inner.Length < u.Text.Length - 1)
            {
                kept.Add(u with { Start = u.Start + inner.Index + inner.Length });
                continue;
            }

            if (kept.Count == 0 && IsGeneric(t))
            {
                continue;
            }

            kept.Add(u);
            if (kept.Count >= MaxUnits)
            {
                break;
            }
        }

        if (kept.Count == 1)
        {
            var clauses = SplitProblemClauses(kept[0]);
            if (clauses.Count >= 3)
            {
                return clauses;
            }
        }

        return kept;
    }

    /// <summary>Where the problem text in the trigger's sentence starts (after 看到，/ a colon / 主要是), or null when the sentence only leads in.</summary>
    private static int? RestOfTrigger(string text, int triggerIndex, int sentenceEnd)
    {
        var colon = text.IndexOfAny(['：', ':'], triggerIndex, sentenceEnd - triggerIndex);
        if (colon >= 0)
        {
            return colon + 1 < sentenceEnd - 1 ? colon + 1 : null;
        }

        var comma = text.IndexOf('，', triggerIndex, sentenceEnd - triggerIndex);
        if (comma < 0)
        {
            return null;
        }

        var start = comma + 1;
        var namely = Namely().Match(text[start..sentenceEnd]);
        if (!namely.Success)
        {
            // 发展中的老问题和新挑战仍然不少，主要是外部环境…: skip the generic clause before 主要是.
            var m = InnerNamely().Match(text[start..sentenceEnd]);
            if (m.Success && IsGeneric(text[start..(start + m.Index)]))
            {
                return start + m.Index + m.Length;
            }
        }
        else
        {
            start += namely.Length;
        }

        return start < sentenceEnd - 1 ? start : null;
    }

    /// <summary>
    /// 面对新要求，政府治理还有不适应的地方: a problem set against a circumstance, not the answer to
    /// the problems (面对这些问题，我们…): what follows the circumstance names a shortfall, not a resolve.
    /// </summary>
    private static bool IsProblemAfterCircumstance(string sentence)
    {
        if (!sentence.StartsWith("面对", StringComparison.Ordinal) || sentence.StartsWith("面对这些", StringComparison.Ordinal) || sentence.StartsWith("面对上述", StringComparison.Ordinal))
        {
            return false;
        }

        var comma = sentence.IndexOf('，');
        if (comma < 0)
        {
            return false;
        }

        var rest = sentence[(comma + 1)..];
        return !Resolve().IsMatch(rest) && ProblemPredicate().IsMatch(SentenceSplitter.TrimStop(rest));
    }

    /// <summary>The government's resolve, opening a sentence: 我们将… · 对此，我们要… · 我们必须….</summary>
    [GeneratedRegex(@"^(?:对此[，,]?|为此[，,]?)?我们(?:将|要|必须|一定|务必|决心)(?![^，。]{0,6}(?:看到|认识到|清醒|意识到))")]
    private static partial Regex OwnResolve();

    /// <summary>A resolve that leads in the problems it names next: 我们必须认真解决面临的困难和问题。一是….</summary>
    [GeneratedRegex(@"(?:问题|困难|挑战|不足|矛盾|短板)[。：:]?$")]
    private static partial Regex ProblemsNamedNext();

    /// <summary>The start of a resolve: 我们要… / 必须… / 要….</summary>
    [GeneratedRegex(@"^(?:我们|我省|我市|全省|全市|全国|必须|要|应|将|一定|坚决|务必)")]
    private static partial Regex Resolve();

    /// <summary>今后五年，必须采取有效措施，认真加以解决: the resolve that closes the problems, whatever it opens with.</summary>
    /// <remarks>
    /// The resolve may be a promise or a need as well as a must: 对以上问题，我们将高度重视，认真加以解决 ·
    /// 上述问题，需要我们在今后工作中认真加以解决.
    /// </remarks>
    [GeneratedRegex(@"(?:^|[，,])\s*(?:我们|各级政府)?(?:必须|务必|一定要|要|将|需要(?:我们)?)[^。；]{0,20}(?:加以解决|认真解决|努力解决|切实解决|着力解决|逐步解决|认真研究解决)")]
    private static partial Regex Resolution();

    /// <summary>
    /// Clauses before a resolve that only point back at the problems, with a time frame at most
    /// (上述问题，在新的一年里 · 对存在的这些问题 · 针对以上困难): no problem of their own.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:对于?|针对)?(?:" + BackReference + @"|存在的|前进中的|面临的)[^，。；]{0,8}(?:问题|困难|矛盾|不足|挑战)(?:[，,][^，。；]{0,10})?$")]
    private static partial Regex PointsBack();

    /// <summary>How long the clauses before a resolve must be to hold a problem of their own (not a time frame: 今后五年).</summary>
    private const int MinProblemBeforeResolve = 10;

    /// <summary>尽管… / 虽然…: a concession.</summary>
    [GeneratedRegex(@"^(?:尽管|虽然|虽)")]
    private static partial Regex Concession();

    /// <summary>A lead-in only says that there are problems, in every clause it has.</summary>
    private static bool IsGeneric(string s)
    {
        // 发展中还有不少困难，工作中也存在一些不足: every clause only says there are problems.
        var t = SentenceSplitter.TrimStop(s).TrimEnd('：', ':', '，');
        return t.Split('，').All(c => GenericStatement().IsMatch(c));
    }

    private static bool IsLeadOnly(OutlineNode n) => n.Text.Length < 40 && (Namely().IsMatch(n.Text) || IsGeneric(n.Text));

    /// <summary>A sentence of comma-separated problems, one piece per problem: a clause with a shortfall predicate closes one.</summary>
    private static List<TextPiece> SplitProblemClauses(TextPiece sentence)
    {
        var text = sentence.Paragraph.Text;
        var result = new List<TextPiece>();
        var start = sentence.Start;
        foreach (var i in ClauseBreaks.Of(text, "，", sentence.Start, sentence.End))
        {
            var clause = text[start..i];
            var next = text[(i + 1)..Math.Min(sentence.End, i + 8)];
            if (clause.Length >= MinClause && !Continuation().IsMatch(next))
            {
                if (!IsGeneric(clause) || result.Count > 0)
                {
                    result.Add(new TextPiece(sentence.Paragraph, start, i + 1));
                }

                start = i + 1;
            }
        }

        if (start < sentence.End)
        {
            var last = text[start..sentence.End];
            var trimmed = EtCetera().Replace(SentenceSplitter.TrimStop(last), string.Empty);
            if (trimmed.Length > 0)
            {
                result.Add(new TextPiece(sentence.Paragraph, start, sentence.End));
            }
        }

        return result;
    }

    private static void Add(List<BriefingItem> items, List<TextPiece> pieces, KeyFigureIndex figures)
    {
        // 政府工作存在不足，有些改革举措…: the item is the first shortcoming, not the admission.
        var first = pieces[0];
        var lead = GovernmentLead().Match(first.Text.TrimStart());
        if (lead.Success)
        {
            var skip = first.Text.IndexOf(lead.Value, StringComparison.Ordinal) + lead.Length;
            pieces = [first with { Start = first.Start + skip }, .. pieces.Skip(1)];
        }

        if (ItemBuilder.Build(pieces, figures) is { Title.Length: > 0 } item)
        {
            var title = EtCetera().Replace(item.Title, string.Empty);
            if (title.Length > 0)
            {
                items.Add(item with { Title = title });
            }
        }
    }

    /// <summary>The last problem often runs into the report's answer to it (面对这些问题…): stop before that.</summary>
    private static int EndBeforeConclusion(Paragraph paragraph, int start, int end)
    {
        foreach (var s in SentenceSplitter.Split(paragraph.Text, start, end).Skip(1))
        {
            if (Conclusion().IsMatch(s.Text))
            {
                return s.Start;
            }
        }

        return end;
    }
}
