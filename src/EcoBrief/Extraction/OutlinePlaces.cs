using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// Where a span stands in the report's own terms — the numbering above it and the paragraph under the
/// nearest heading: 一、（三）第2段, 「2025年工作回顾」第3段 — which a reader finds on paper, as a line of
/// a text file is not. Every item, figure and target gets it (<see cref="SourceSpan.Outline"/>); the line
/// is kept beside it in the JSON.
/// </summary>
internal static class OutlinePlaces
{
    private const int HeadingShown = 12;

    /// <summary>The briefing with the place of every item's, figure's and target's span.</summary>
    public static Briefing Apply(Briefing briefing, OutlineNode root)
    {
        var nodes = root.DescendantsAndSelf().Where(n => n.Paragraph is not null).ToList();
        var starts = nodes.Select(n => n.Paragraph!.Span.Start).ToArray();
        SourceSpan Locate(SourceSpan span)
        {
            var i = Array.BinarySearch(starts, span.Start);
            i = i >= 0 ? i : ~i - 1;
            return i >= 0 && span.Start < nodes[i].Paragraph!.Span.End ? span with { Outline = Of(nodes[i]) } : span;
        }

        KeyFigure Figure(KeyFigure f) => f with { Span = Locate(f.Span) };
        List<BriefingItem> Items(IEnumerable<BriefingItem> items) => [.. items.Select(i => i with { Span = Locate(i.Span), Figures = [.. i.Figures.Select(Figure)] })];
        return briefing with
        {
            Achievements = Items(briefing.Achievements),
            Challenges = Items(briefing.Challenges),
            Tasks = Items(briefing.Tasks),
            Priorities = Items(briefing.Priorities),
            Figures = [.. briefing.Figures.Select(Figure)],
            Targets = [.. briefing.Targets.Select(t => t with { Span = Locate(t.Span) })],
        };
    }

    /// <summary>The place of <paramref name="node"/>: the markers above it and its own (一、（三）), or, for a paragraph, which paragraph it is under its heading.</summary>
    internal static string Of(OutlineNode node)
    {
        var markers = new List<string>();
        for (var n = node.Parent; n is not null; n = n.Parent)
        {
            if (n.Marker is { Style: not NumberingStyle.Dash } m)
            {
                markers.Add(m.Text.Trim());
            }
        }

        markers.Reverse();
        var path = string.Concat(markers);
        if (node.Marker is { Style: not NumberingStyle.Dash } own)
        {
            return path + own.Text.Trim();
        }

        // Which paragraph: a paragraph after a numbered one goes on with it (（二）…, then its second
        // paragraph: 一、（二）第2段); else it is counted among its siblings after the part heading that
        // stands before it, if any.
        var siblings = node.Parent?.Children ?? [node];
        var index = siblings.IndexOf(node);
        var count = 0;
        string? heading = null;
        for (var k = index; k >= 0; k--)
        {
            var s = siblings[k];
            if (s.Paragraph?.IsPartHeading == true && k < index)
            {
                heading = s.Text.Trim();
                break;
            }

            if (k < index && s.Marker is { Style: not NumberingStyle.Dash } numbered)
            {
                return $"{path}{numbered.Text.Trim()}第{count + 1}段";
            }

            if (s.Marker is null or { Style: NumberingStyle.Dash })
            {
                count++;
            }
        }

        var under = heading is null ? path : path + "「" + (heading.Length > HeadingShown ? heading[..HeadingShown] + "…" : heading) + "」";
        return $"{under}第{count}段";
    }
}
