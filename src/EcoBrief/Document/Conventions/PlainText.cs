using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EcoBrief.Document.Conventions;

/// <summary>
/// The plain text of a node as every writer measures, names and bookmarks it: its literal text, in
/// order, without emphasis, footnote marks, code spans or line breaks.
/// </summary>
public static class PlainText
{
    /// <summary>The literal text of inlines (a heading's, a paragraph's, an emphasis'); empty for none.</summary>
    public static string Of(ContainerInline? inline) =>
        inline is null ? string.Empty : string.Concat(inline.FindDescendants<LiteralInline>().Select(l => l.Content.ToString()));

    /// <summary>The literal text of every inline inside a block (a table cell, a footnote).</summary>
    public static string Of(ContainerBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return string.Concat(block.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
    }
}
