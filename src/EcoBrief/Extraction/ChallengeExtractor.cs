using System.Text.RegularExpressions;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// The problems a report admits. They follow a turn of phrase (同时，我们也要看到 / 清醒看到 /
/// 问题和不足 / 短板不足 / 困难和挑战) and come as 一是…五是, as numbered paragraphs, as clauses split by
/// semicolons after a colon, or as plain sentences.
/// </summary>
internal static partial class ChallengeExtractor
{
    [GeneratedRegex(@"也要看到|也要清醒看到|清醒(?:地)?(?:看到|认识到)|必须看到|同时也要看到|问题和不足|不足和问题|困难和挑战|挑战和困难|困难和问题|问题和挑战|风险和挑战|短板不足|短板和不足|不足和短板|差距和不足|不足之处")]
    private static partial Regex StrongTrigger();

    /// <summary>Words that also stand inside achievements (突出问题整改), so they count only outside numbered items.</summary>
    [GeneratedRegex(@"存在的问题|面临的问题|存在一些问题|存在不少问题|风险挑战|薄弱环节|短板")]
    private static partial Regex WeakTrigger();

    [GeneratedRegex(@"^(?:面对|对此|针对|对于这些|对这些|这些问题|我们必须|我们要|我们一定|我们将|必须高度重视|要直面|对这些问题)")]
    private static partial Regex Conclusion();

    /// <summary>The paragraph node and offset where the statement of problems starts, searching <paramref name="scope"/> in order.</summary>
    /// <remarks>
    /// Loose paragraphs (not inside a numbered item) are searched before items, strong phrases before
    /// weak words: a review item may mention 问题 while the statement of problems stands on its own.
    /// </remarks>
    public static (OutlineNode Node, int Index)? FindTrigger(IReadOnlyList<OutlineNode> scope)
    {
        var loose = scope.Where(n => n.Paragraph is not null && !InsideItem(n)).ToList();
        return First(loose, StrongTrigger()) ?? First(scope.Where(n => n.Paragraph is not null), StrongTrigger()) ?? First(loose, WeakTrigger());
    }

    private static (OutlineNode Node, int Index)? First(IEnumerable<OutlineNode> nodes, Regex trigger)
    {
        foreach (var node in nodes)
        {
            var m = trigger.Match(node.Paragraph!.Text, node.TextStart);
            if (m.Success)
            {
                return (node, m.Index);
            }
        }

        return null;
    }

    /// <summary>True for a numbered item below a section, or a paragraph that belongs to one.</summary>
    private static bool InsideItem(OutlineNode node)
    {
        for (var n = node; n.Parent is not null; n = n.Parent)
        {
            if (n.IsNumbered && n.Parent.Parent is not null)
            {
                return true;
            }
        }

        return false;
    }

    public static List<BriefingItem> Extract(OutlineNode node, int triggerIndex, IReadOnlyList<OutlineNode> following, FigureIndex figures)
    {
        var paragraph = node.Paragraph!;
        var text = paragraph.Text;
        var items = new List<BriefingItem>();

        var enumeration = InlineEnumeration.Find(text, triggerIndex, text.Length);
        if (enumeration.Count >= 2)
        {
            for (var i = 0; i < enumeration.Count; i++)
            {
                var (start, markerLength, end) = enumeration[i];
                if (i == enumeration.Count - 1)
                {
                    end = EndBeforeConclusion(paragraph, start + markerLength, end);
                }

                Add(items, [new TextPiece(paragraph, start + markerLength, end)], figures);
            }

            return items;
        }

        // Problems listed as numbered paragraphs right after the lead-in.
        var numbered = following.TakeWhile(n => n.IsNumbered).ToList();
        if (numbered.Count >= 2)
        {
            foreach (var n in numbered)
            {
                Add(items, TextPiece.Of(n), figures);
            }

            return items;
        }

        var sentences = SentenceSplitter.Split(text, triggerIndex, text.Length);
        var leadSentence = sentences.Count > 0 ? sentences[0] : default;
        var colon = text.IndexOf('：', triggerIndex);
        if (colon >= 0 && colon < (sentences.Count > 0 ? leadSentence.End : text.Length) + 1)
        {
            var clauses = SplitAtSemicolons(text, colon + 1, EndBeforeConclusion(paragraph, colon + 1, text.Length));
            if (clauses.Count >= 2)
            {
                foreach (var (s, e) in clauses)
                {
                    Add(items, [new TextPiece(paragraph, s, e)], figures);
                }

                return items;
            }
        }

        // Plain sentences after the lead-in, in this paragraph or the next ones.
        var rest = sentences.Skip(1).Select(s => new TextPiece(paragraph, s.Start, s.End)).ToList();
        if (rest.Count == 0)
        {
            rest = [.. following.TakeWhile(n => !n.IsNumbered).Take(3).SelectMany(n => n.Sentences.Select(s => new TextPiece(n.Paragraph!, s.Start, s.End)))];
        }

        foreach (var piece in rest.TakeWhile(p => !Conclusion().IsMatch(p.Text)))
        {
            Add(items, [piece], figures);
        }

        return items;
    }

    private static void Add(List<BriefingItem> items, IReadOnlyList<TextPiece> pieces, FigureIndex figures)
    {
        if (ItemBuilder.Build(pieces, figures) is { Title.Length: > 0 } item)
        {
            items.Add(item);
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

    private static List<(int Start, int End)> SplitAtSemicolons(string text, int from, int to)
    {
        var result = new List<(int, int)>();
        var start = from;
        for (var i = from; i < to; i++)
        {
            if (text[i] is '；' or '。')
            {
                if (i > start)
                {
                    result.Add((start, i + 1));
                }

                start = i + 1;
                if (text[i] == '。')
                {
                    break;
                }
            }
        }

        if (start < to && result.Count > 0 && text[(result[^1].Item2 - 1)] == '；')
        {
            result.Add((start, to));
        }

        return result;
    }
}
