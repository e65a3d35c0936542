using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EcoBrief.Document;

/// <summary>
/// Gives a name in the AST to what the Markdown says by position or emphasis, once it is parsed, so
/// that writers and the one-page fitter ask a node's type: the paragraph right after the top-level
/// <c>#</c> title becomes a <see cref="MetaLineBlock"/>; an emphasis (one <c>*</c>) in a paragraph of
/// a list item becomes a <see cref="DetailInline"/>.
/// </summary>
public static class BriefingNodes
{
    public static void Mark(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (var i = 1; i < document.Count; i++)
        {
            if (document[i] is ParagraphBlock paragraph and not MetaLineBlock && document[i - 1] is HeadingBlock { Level: 1 })
            {
                document[i] = MetaLine(paragraph);
            }
        }

        foreach (var paragraph in document.Descendants<ParagraphBlock>().Where(p => p.Parent is ListItemBlock).ToList())
        {
            foreach (var emphasis in paragraph.Inline?.FindDescendants<EmphasisInline>().Where(e => e.DelimiterCount < 2 && e is not DetailInline).ToList() ?? [])
            {
                emphasis.ReplaceBy(new DetailInline
                {
                    DelimiterChar = emphasis.DelimiterChar,
                    DelimiterCount = emphasis.DelimiterCount,
                    Span = emphasis.Span,
                    Line = emphasis.Line,
                    Column = emphasis.Column,
                });
            }
        }
    }

    private static MetaLineBlock MetaLine(ParagraphBlock paragraph)
    {
        var inline = paragraph.Inline;
        paragraph.Inline = null;
        return new MetaLineBlock
        {
            Inline = inline,
            Lines = paragraph.Lines,
            Span = paragraph.Span,
            Line = paragraph.Line,
            Column = paragraph.Column,
        };
    }
}
