using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>
/// A top-level part of a report: a numbered heading (一、2025年工作回顾) with what it owns, or an
/// unnumbered heading line with the paragraphs up to the next one.
/// </summary>
internal sealed class ReportSection
{
    private List<OutlineNode>? _nodes;

    public ReportSection(OutlineNode? heading, IReadOnlyList<OutlineNode> body)
    {
        HeadingNode = heading;
        Body = body;
        Heading = heading is null ? string.Empty : SectionClassifier.HeadingOf(heading);
    }

    /// <summary>The heading's node; null for the whole text read as one section.</summary>
    public OutlineNode? HeadingNode { get; }

    /// <summary>The heading's first sentence, without its marker and stop.</summary>
    public string Heading { get; }

    /// <summary>The nodes the section owns, in document order, each with its own subtree.</summary>
    public IReadOnlyList<OutlineNode> Body { get; }

    public SectionRole Role { get; set; }

    /// <summary>What the role rests on, the bucket its calibrated confidence is read from: the fitted probability's bin (p0.9, p0.7, p0.5, low), or whole for a report read as one part.</summary>
    public string RoleBasis { get; set; } = "none";

    /// <summary>The fitted probability of its role.</summary>
    public double RoleProbability { get; set; }

    /// <summary>Every node of the section below its heading, depth first in document order.</summary>
    public IReadOnlyList<OutlineNode> Nodes => _nodes ??= [.. Body.SelectMany(b => b.DescendantsAndSelf()).Where(n => n.Paragraph is not null)];

    /// <summary>Offset in the cleaned text where the section's body starts.</summary>
    public int Start => Nodes.Count > 0 ? Nodes[0].Paragraph!.Span.Start : HeadingNode?.Paragraph?.Span.End ?? 0;

    /// <summary>Offset one past the section's last character.</summary>
    public int End => Nodes.Count > 0 ? Nodes[^1].Paragraph!.Span.End : Start;

    public int Line => HeadingNode?.Paragraph?.Line ?? (Nodes.Count > 0 ? Nodes[0].Paragraph!.Line : 0);

    /// <summary>The first characters of the body: where a section announces what it holds.</summary>
    public string Lead(int length)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var n in Nodes)
        {
            sb.Append(n.Text);
            if (sb.Length >= length)
            {
                break;
            }
        }

        return sb.Length > length ? sb.ToString(0, length) : sb.ToString();
    }

    public override string ToString() => $"{HeadingNode?.Marker?.Text}{Heading} [{Role}]";
}
