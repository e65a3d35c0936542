using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>A stretch of one paragraph's text: the unit items are built from.</summary>
internal readonly record struct TextPiece(Paragraph Paragraph, int Start, int End)
{
    public string Text => Paragraph.Text[Start..End];

    public SourceSpan Span => Paragraph.SpanOf(Start, End);

    public IEnumerable<Sentence> Sentences => SentenceSplitter.Split(Paragraph.Text, Start, End);

    /// <summary>The pieces of a node: its own text (from the marker on) and every paragraph below it.</summary>
    public static List<TextPiece> Of(OutlineNode node) =>
        [.. node.DescendantsAndSelf().Where(n => n.Paragraph is not null).Select(n => new TextPiece(n.Paragraph!, ReferenceEquals(n, node) ? n.TextStart : 0, n.Paragraph!.Text.Length))];
}
