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
    [GeneratedRegex(@"(?:主要)?预期目标(?:是|为)?[：:]|主要目标(?:是|为)[：:]|主要预期目标是|(?:预期|主要)目标[^。：:；]{0,10}?(?:调整|如下)[。：:]")]
    private static partial Regex TargetLead();

    [GeneratedRegex(@"^(?:以上|左右|以内|以下|上下)")]
    private static partial Regex QualifierAfter();

    [GeneratedRegex(@"(?:不低于|不高于|不超过|低于|高于|超过)$")]
    private static partial Regex QualifierBefore();

    /// <summary>Words between what is targeted and its number that say nothing of the bound.</summary>
    [GeneratedRegex(@"(?:力争|控制在|保持在|按|为|达到)$")]
    private static partial Regex Filler();

    [GeneratedRegex(@"(?<=[0-9%])-(?=[0-9])")]
    private static partial Regex AsciiRange();

    /// <summary>What joins the two numbers of a range (5%—5.5%) or of a 分别 pair (5%、6%).</summary>
    [GeneratedRegex(@"^\s*[—－\-–~～、至到]{1,2}\s*$")]
    private static partial Regex Joiner();

    /// <summary>The lower bound of a range written without its unit: 增长4.5-5%.</summary>
    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)?\s*[—－\-–~～至到]{1,2}\s*$")]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"^(?:增长|提高|下降|上涨|实现|达到|完成|保持)$")]
    private static partial Regex VerbOnly();

    public static List<KeyTarget> Extract(IReadOnlyList<ReportSection> sections)
    {
        var best = new List<KeyTarget>();
        var bestScore = 0;
        foreach (var section in sections.Where(s => s.Role is SectionRole.Between or SectionRole.Tasks or SectionRole.TaskChapter))
        {
            var nodes = section.Nodes;
            for (var n = 0; n < nodes.Count; n++)
            {
                var text = nodes[n].Paragraph!.Text;
                var lead = TargetLead().Match(text, nodes[n].TextStart);
                if (!lead.Success)
                {
                    continue;
                }

                // The year's targets (今年…主要预期目标是：), not the plan's goals; a lead alone on its line reads on.
                var found = new List<KeyTarget>();
                Read(nodes[n].Paragraph!, lead.Index + lead.Length, found);
                for (var k = n + 1; k < nodes.Count && found.Count == 0 || (k < nodes.Count && k <= n + 8 && !EndsTargets(nodes[k - 1].Paragraph!.Text)); k++)
                {
                    if (nodes[k].IsNumbered)
                    {
                        break;
                    }

                    Read(nodes[k].Paragraph!, 0, found);
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

    /// <summary>The targets end with the sentence that ends the list (。 not after a semicolon list item still open).</summary>
    private static bool EndsTargets(string text) => text.Length > 0 && text[^1] == '。';

    private static void Read(Paragraph paragraph, int from, List<KeyTarget> into)
    {
        var text = paragraph.Text;
        var end = text.IndexOf('。', from) is var stop and >= 0 ? stop : text.Length;
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

                // 5%—5.5% / 6.5%－7%: one target, a range; 分别增长5%、6%左右: one target, a pair.
                var last = m;
                while (k + 1 < matches.Count && Joiner().IsMatch(clause[(last.Index + last.Length)..matches[k + 1].Index]))
                {
                    last = matches[++k];
                }

                var pre = clause[cursor..m.Index];
                var range = RangeStart().Match(pre);
                var rangeText = range.Success ? range.Value.Trim() : string.Empty;
                if (range.Success)
                {
                    pre = pre[..range.Index];
                }

                var before = QualifierBefore().Match(pre);
                var label = Filler().Replace((before.Success ? pre[..before.Index] : pre).Trim(), string.Empty).TrimStart('和', '及', '与');
                label = label.Replace("按增长", "增长", StringComparison.Ordinal);
                if (label.Length < 2 || VerbOnly().IsMatch(label))
                {
                    label = (previous ?? string.Empty) + label;
                }

                if (label.Length < 2)
                {
                    continue;
                }

                var after = clause[(last.Index + last.Length)..];
                var afterWord = QualifierAfter().Match(after) is { Success: true } q ? q.Value : null;
                var qualifier = last.Groups["approx"].Success && last.Groups["approx"].Length > 0 ? last.Groups["approx"].Value
                    : afterWord ?? (before.Success ? before.Value : null);
                var unit = KeyFigureExtractor.UnitOf(m);
                var start = clauseStart + m.Index;
                var shown = (before.Success ? before.Value : string.Empty) + text[(start - rangeText.Length)..(clauseStart + last.Index + last.Length)] + (afterWord ?? string.Empty);
                into.Add(new KeyTarget(KeyFigureExtractor.CleanLabel(label), value, unit, shown, qualifier, paragraph.SpanOf(start - rangeText.Length, clauseStart + last.Index + last.Length)));
                previous = SubjectOf(label);
                cursor = last.Index + last.Length;
            }

            clauseStart = i + 1;
        }
    }

    /// <summary>国内生产总值增长 → 国内生产总值: what a following bare 增长 refers to.</summary>
    private static string SubjectOf(string label) =>
        label.EndsWith("增长", StringComparison.Ordinal) || label.EndsWith("下降", StringComparison.Ordinal) || label.EndsWith("上涨", StringComparison.Ordinal) ? label[..^2] : label;
}
