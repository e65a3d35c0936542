using System.Text.RegularExpressions;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// This year's main targets: the paragraph that opens 今年的主要预期目标是： (or 主要目标是：) in the
/// part after the review, each quantity with what it measures and how it binds (左右, 以上, 以内…).
/// </summary>
internal static partial class KeyTargetExtractor
{
    /// <summary>The lead of the targets: 主要预期目标是： · 主要预期指标建议是： · 主要目标建议为： · 主要预期目标和约束性指标是: · 今年的主要发展目标是： (今年 before it: 主要发展目标 alone is as often the plan's), 综合考虑…因素，…的目标是：, or a sentence saying the targets were adjusted.</summary>
    [GeneratedRegex(@"(?:主要)?预期(?:目标|指标)(?:和约束性?指标)?(?:建议)?(?:是|为)?[：:]|主要目标(?:建议)?(?:是|为)[：:]|今年[^。：:；]{0,12}?主要发展目标(?:是|为)[：:]|主要预期目标是|(?:预期|主要)目标[^。：:；]{0,10}?(?:调整|如下)[。：:]|综合考虑[^。；：:]{0,30}?目标(?:是|为)[：:]")]
    private static partial Regex TargetLead();

    [GeneratedRegex(@"^(?:以上|左右|以内|以下|上下)")]
    private static partial Regex QualifierAfter();

    [GeneratedRegex(@"(?:不低于|不高于|不超过|低于|高于|超过|突破)$")]
    private static partial Regex QualifierBefore();

    /// <summary>Words between what is targeted and its number that say nothing of the bound.</summary>
    [GeneratedRegex(@"(?:力争|控制在|保持在|稳定在|继续保持|保持|确保|按|为|达到|达)$")]
    private static partial Regex Filler();

    [GeneratedRegex(@"(?<=[0-9%])-(?=[0-9])")]
    private static partial Regex AsciiRange();

    /// <summary>What joins the two numbers of a range (5%—5.5%) or of a 分别 pair (5%、6%).</summary>
    [GeneratedRegex(@"^\s*(?:[—－\-–~～、至到]{1,2}|和|及)\s*$")]
    private static partial Regex Joiner();

    /// <summary>The lower bound of a range written without its unit: 增长4.5-5%.</summary>
    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)?\s*[—－\-–~～至到]{1,2}\s*$")]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"^(?:可比|同比|同口径|实际|名义)?(?:增长|提高|下降|上涨|实现|达到|完成|保持)$")]
    private static partial Regex VerbOnly();

    /// <summary>Words before what is targeted that are not part of it: 完成|国内生产总值 · 其中|地方一般预算收入.</summary>
    [GeneratedRegex(@"^(?:其中|完成|实现|力争|争取)+")]
    private static partial Regex LeadingWords();

    /// <summary>Words after what is targeted that are not part of it: 城镇调查失业率|全年.</summary>
    [GeneratedRegex(@"(?:力争|争取)+$")]
    private static partial Regex TrailingWords();

    /// <summary>A total with no subject of its own: 总量 · 总额 · 规模.</summary>
    [GeneratedRegex(@"^(?:总量|总额|规模|经济总量)$")]
    private static partial Regex TotalOnly();

    /// <summary>Two subjects of one value: 城镇居民人均可支配收入和农民人均纯收入均增长.</summary>
    [GeneratedRegex(@"^(?<a>[^、，和]{2,}?)和(?<b>[^、，和]{2,}?)均(?<verb>增长|提高|下降|降低|上涨)$")]
    private static partial Regex Both();

    public static List<KeyTarget> Extract(IReadOnlyList<ReportSection> sections, OutlineNode? root = null)
    {
        // The targets stand after the review; where the parts were read wrong (a part of the tasks
        // taken for the review, or no parts at all), any paragraph that opens them is taken rather than none.
        static bool After(ReportSection s) => s.Role is SectionRole.Between or SectionRole.Tasks or SectionRole.TaskChapter;
        var best = Best(sections.Where(After).Select(s => s.Nodes));
        if (best.Count == 0)
        {
            best = Best(sections.Where(s => !After(s)).Select(s => s.Nodes));
        }

        if (best.Count == 0 && root is not null)
        {
            best = Best([[.. root.DescendantsAndSelf().Where(n => n.Paragraph is not null)]]);
        }

        return best;
    }

    private static List<KeyTarget> Best(IEnumerable<IReadOnlyList<OutlineNode>> parts)
    {
        var best = new List<KeyTarget>();
        var bestScore = 0;
        foreach (var nodes in parts)
        {
            for (var n = 0; n < nodes.Count; n++)
            {
                if (nodes[n].Paragraph is not { } paragraph)
                {
                    continue;
                }

                var text = paragraph.Text;
                var lead = TargetLead().Match(text, nodes[n].TextStart);
                if (!lead.Success)
                {
                    continue;
                }

                // The year's targets (今年…主要预期目标是：), not the plan's goals (“十五五”时期…的主要目标是：).
                var sentenceStart = text.LastIndexOfAny(['。', '；', '！'], Math.Max(0, lead.Index - 1)) + 1;
                if (PlanBefore().IsMatch(text[Math.Max(sentenceStart, lead.Index - 30)..lead.Index]))
                {
                    continue;
                }

                // A lead alone on its line reads on.
                var found = new List<KeyTarget>();
                Read(paragraph, lead.Index + lead.Length, found);
                // ——促进经济持续快速增长。地区生产总值增长10%。: the targets' own dash lines read on, one after
                // another, though each ends a sentence; a numbered item is the next thing.
                static bool Dash(OutlineNode node) => node.Marker is { Style: NumberingStyle.Dash };
                for (var k = n + 1; k < nodes.Count && found.Count == 0 || (k < nodes.Count && k <= n + 8 && (!EndsTargets(nodes[k - 1].Paragraph!.Text) || (Dash(nodes[k - 1]) && Dash(nodes[k])))); k++)
                {
                    if ((nodes[k].IsNumbered && !Dash(nodes[k])) || nodes[k].Paragraph is null)
                    {
                        break;
                    }

                    Read(nodes[k].Paragraph!, 0, found);
                }

                // Goals of the plan's years (地区生产总值年均增长11%) are not the year's.
                if (found.Count(t => t.Label.Contains("年均", StringComparison.Ordinal)) * 2 > found.Count)
                {
                    continue;
                }

                var thisYear = ThisYear().IsMatch(text[Math.Max(0, lead.Index - 24)..lead.Index]) ? 2 : 0;
                var score = found.Count + (found.Count > 0 ? thisYear : 0);
                if (score > bestScore)
                {
                    (best, bestScore) = (found, score);
                }
            }
        }

        return best;
    }

    [GeneratedRegex(@"今年|(?:19|20)[0-9]{2}年")]
    private static partial Regex ThisYear();

    /// <summary>Words of the five-year plan before a lead, or its horizon (到2010年): its goals are the plan's, not the year's.</summary>
    [GeneratedRegex(@"十[一二三四五六七八九]五|五年|规划|纲要|2035年|到(?:19|20)[0-9]{2}年")]
    private static partial Regex PlanBefore();

    /// <summary>The targets end with the sentence that ends the list (。 not after a semicolon list item still open).</summary>
    private static bool EndsTargets(string text) => text.Length > 0 && text[^1] == '。';

    /// <summary>
    /// The targets of <paramref name="paragraph"/> from <paramref name="from"/>: its first sentence, and
    /// each sentence after it that opens with a target of its own (…努力争取更好结果。规上工业增加值增长6.3%以上，…
    /// / …在全国实现位次前移。CPI涨幅2%左右，…), up to the first that does not.
    /// </summary>
    private static void Read(Paragraph paragraph, int from, List<KeyTarget> into)
    {
        var text = paragraph.Text;
        var start = from;
        var first = true;
        while (start < text.Length)
        {
            var end = text.IndexOf('。', start) is var stop and >= 0 ? stop : text.Length;
            if (!first && !OpensWithTarget(text[start..end]))
            {
                return;
            }

            ReadSentence(paragraph, start, end, into);
            first = false;
            start = end + 1;
        }
    }

    /// <summary>Whether a sentence's first clause states a target: what is measured, then its number (CPI涨幅2%左右，…).</summary>
    private static bool OpensWithTarget(string sentence)
    {
        var clauses = sentence.Split(['，', '；']);
        if (Explaining().IsMatch(clauses[0]) || (AboutTargets().IsMatch(clauses[0]) && KeyFigureExtractor.Quantities(clauses[0]).Count == 0))
        {
            // 需要说明的是，… · 今年的经济增长目标，比全省高1个百分点: what the targets are, not one of them
            // (主要约束性指标：单位生产总值能耗下降3% names them and gives the first).
            return false;
        }

        if (clauses.Length > 1 && clauses[0].Length <= GroupHead && KeyFigureExtractor.Quantities(clauses[0]).Count == 0)
        {
            // 在此基础上，生产总值增长6%左右: a connective first. 质量效益稳步提升，研发经费支出占比达到2.8%: the
            // theme of a group of targets first, as the genre groups them, sentence by sentence.
            clauses = clauses[1..];
        }

        var clause = clauses[0];
        if (Closing().IsMatch(clause))
        {
            return false;
        }

        var matches = KeyFigureExtractor.Quantities(clause);
        return matches.Count > 0 && Filler().Replace(clause[..matches[0].Index].Trim(), string.Empty).Length >= 2;
    }

    /// <summary>The longest first clause with no number that a sentence of targets may open with: a connective or a group's theme.</summary>
    private const int GroupHead = 14;

    /// <summary>A sentence about the targets, not one of them: 实现上述目标 · 这些目标 · 需要说明的是.</summary>
    [GeneratedRegex(@"^(?:为了?)?(?:实现|完成|确定|提出|设定|这些|上述|以上|需要说明|这个|这一|其中)")]
    private static partial Regex Closing();

    /// <summary>A first clause that opens an explanation of the targets: 需要说明的是 · 为实现上述目标 · 这些目标.</summary>
    [GeneratedRegex(@"^(?:需要说明|为了?实现|实现上述|这些|上述)")]
    private static partial Regex Explaining();

    /// <summary>A clause that names the targets themselves (今年的经济增长目标 · 上述指标), so its sentence explains them.</summary>
    [GeneratedRegex(@"目标|指标")]
    private static partial Regex AboutTargets();

    private static void ReadSentence(Paragraph paragraph, int from, int end, List<KeyTarget> into)
    {
        var text = paragraph.Text;
        string? previous = null;
        var clauseStart = from;
        for (var i = from; i <= end; i++)
        {
            if (i < end && text[i] is not ('，' or '；'))
            {
                continue;
            }

            // 4.5-5%: an ASCII hyphen between numbers is a range dash (same length, so offsets hold).
            var clause = AsciiRange().Replace(text[clauseStart..i], "—");
            var cursor = 0;
            var matches = KeyFigureExtractor.Quantities(clause);
            for (var k = 0; k < matches.Count; k++)
            {
                var m = matches[k];
                if (!KeyFigureExtractor.TryValue(m, out var value))
                {
                    continue;
                }

                // 5%—5.5% / 6.5%－7%: one target, a range; 分别增长5%、6%左右: a target each.
                var run = new List<Match> { m };
                while (k + 1 < matches.Count && Joiner().IsMatch(clause[(run[^1].Index + run[^1].Length)..matches[k + 1].Index]))
                {
                    run.Add(matches[++k]);
                }

                var last = run[^1];
                var pre = clause[cursor..m.Index];
                var range = RangeStart().Match(pre);
                var rangeText = range.Success ? range.Value.Trim() : string.Empty;
                if (range.Success)
                {
                    pre = pre[..range.Index];
                }

                var before = QualifierBefore().Match(pre);
                var label = Filler().Replace((before.Success ? pre[..before.Index] : pre).Trim(), string.Empty).TrimStart('和', '及', '与', '、');
                label = label.Replace("按增长", "增长", StringComparison.Ordinal).Replace("全年", string.Empty, StringComparison.Ordinal).Replace("今年", string.Empty, StringComparison.Ordinal);
                label = LeadingWords().Replace(TrailingWords().Replace(label, string.Empty), string.Empty);
                if ((label.Length < 2 || pre.TrimEnd().EndsWith('、')) && KeyFigureExtractor.IsCount(KeyFigureExtractor.UnitOf(m)))
                {
                    // 29个片区县、1个插花县摘帽: a count names what it counts after it, not what the target before measured.
                    label = KeyFigureExtractor.Following(clause[(last.Index + last.Length)..]);
                }
                else if (label.Length < 2 || VerbOnly().IsMatch(label))
                {
                    label = (previous ?? string.Empty) + label;
                }
                else if (previous is not null && TotalOnly().IsMatch(label))
                {
                    // 地区生产总值增长7%左右，总量突破2000亿元: the total is that indicator's.
                    label = previous + label;
                }

                cursor = last.Index + last.Length;
                if (label.Length < 2)
                {
                    continue;
                }

                var after = clause[(last.Index + last.Length)..];
                var afterWord = QualifierAfter().Match(after) is { Success: true } q ? q.Value : null;
                var beforeWord = before.Success ? before.Value : null;
                var respective = run.Count >= 2 && label.Contains("分别", StringComparison.Ordinal) && rangeText.Length == 0;
                if (run.Count == 1 && Both().Match(label) is { Success: true } both)
                {
                    // 城镇居民人均可支配收入和农民人均纯收入均增长8%: one target each, of one value.
                    var qualifier = Approx(m) ?? afterWord ?? beforeWord;
                    var start = clauseStart + m.Index;
                    var shown = (beforeWord ?? string.Empty) + m.Value + (afterWord ?? string.Empty);
                    foreach (var subject in new[] { both.Groups["a"].Value, both.Groups["b"].Value })
                    {
                        into.Add(new KeyTarget(KeyFigureExtractor.CleanLabel(subject + both.Groups["verb"].Value), value, KeyFigureExtractor.UnitOf(m), shown, qualifier, paragraph.SpanOf(start, start + m.Length)));
                    }
                }
                else if (respective)
                {
                    // 城乡居民人均可支配收入分别增长5%左右和6%左右: the towns' target, then the countryside's;
                    // a bound written once after the last (5%、6.5%左右) binds each.
                    var shared = Approx(last) ?? afterWord;
                    var labels = RespectiveLists.Split(label, run.Count);
                    for (var r = 0; r < run.Count; r++)
                    {
                        var one = run[r];
                        if (!KeyFigureExtractor.TryValue(one, out var v))
                        {
                            continue;
                        }

                        var own = Approx(one);
                        var bound = own ?? shared ?? beforeWord;
                        var shown = (beforeWord ?? string.Empty) + one.Value + (own is null && shared is not null ? shared : string.Empty);
                        var at = clauseStart + one.Index;
                        var oneLabel = labels?[r] ?? label.Replace("分别", string.Empty, StringComparison.Ordinal);
                        into.Add(new KeyTarget(KeyFigureExtractor.CleanLabel(oneLabel), v, KeyFigureExtractor.UnitOf(one), shown, bound, paragraph.SpanOf(at, at + one.Length)));
                    }
                }
                else
                {
                    var qualifier = Approx(last) ?? afterWord ?? beforeWord;
                    var unit = KeyFigureExtractor.UnitOf(m);
                    var start = clauseStart + m.Index;
                    var shown = (beforeWord ?? string.Empty) + text[(start - rangeText.Length)..(clauseStart + last.Index + last.Length)] + (afterWord ?? string.Empty);
                    into.Add(new KeyTarget(KeyFigureExtractor.CleanLabel(label), value, unit, shown, qualifier, paragraph.SpanOf(start - rangeText.Length, clauseStart + last.Index + last.Length)));
                }

                previous = SubjectOf(label.Replace("分别", string.Empty, StringComparison.Ordinal));
            }

            clauseStart = i + 1;
        }
    }

    /// <summary>The bound a quantity carries in itself (5%左右, 30家以上), or null.</summary>
    private static string? Approx(Match m) => m.Groups["approx"] is { Success: true, Length: > 0 } a ? a.Value : null;

    /// <summary>国内生产总值增长 → 国内生产总值: what a following bare 增长 refers to.</summary>
    private static string SubjectOf(string label) => ChangeEnd().Replace(label, string.Empty) is { Length: >= 2 } subject ? subject : label;

    [GeneratedRegex(@"(?:可比|同比|同口径|实际|名义|比上年)?(?:增长|下降|上涨|提高|降低)$")]
    private static partial Regex ChangeEnd();
}
