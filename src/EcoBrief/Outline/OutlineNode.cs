using EcoBrief.Model;

namespace EcoBrief.Outline;

/// <summary>
/// A node of the report's outline: the root, a numbered paragraph (a heading, or a heading with its
/// body on the same line), or an unnumbered paragraph. Numbered nodes own the paragraphs that follow them.
/// </summary>
public sealed class OutlineNode
{
    private List<Sentence>? _sentences;

    internal OutlineNode(Marker? marker, Paragraph? paragraph)
    {
        Marker = marker;
        Paragraph = paragraph;
    }

    public Marker? Marker { get; }

    /// <summary>The paragraph this node stands for; null for the root.</summary>
    public Paragraph? Paragraph { get; }

    public List<OutlineNode> Children { get; } = [];

    public OutlineNode? Parent { get; internal set; }

    public bool IsNumbered => Marker is not null;

    /// <summary>Offset in the paragraph's text where the node's own text starts (after the marker).</summary>
    public int TextStart => Marker?.Text.Length ?? 0;

    /// <summary>The paragraph text without its marker.</summary>
    public string Text => Paragraph is null ? string.Empty : Paragraph.Text[TextStart..];

    /// <summary>Sentences of <see cref="Text"/>, with offsets into the paragraph's text.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences ??= Paragraph is null ? [] : SentenceSplitter.Split(Paragraph.Text, TextStart);

    public SourceSpan? Span => Paragraph?.SpanOf(TextStart, Paragraph.Text.Length);

    /// <summary>The numbered children, in order.</summary>
    public IEnumerable<OutlineNode> NumberedChildren => Children.Where(c => c.IsNumbered);

    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<OutlineNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var c in Children)
        {
            foreach (var d in c.DescendantsAndSelf())
            {
                yield return d;
            }
        }
    }

    public override string ToString() => $"{Marker?.Text}{(Text.Length > 30 ? Text[..30] + "…" : Text)}";
}
