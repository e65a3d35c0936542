using EcoBrief.Model;
using Markdig.Parsers;
using Markdig.Syntax;

namespace EcoBrief.Document.KeyFigures;

/// <summary>
/// A row of key figures: a template's <c>key_figures</c> call, which carries the model's typed entries
/// (<see cref="KeyFigureEntry"/>: indicator, value, unit, qualifier, change, period, span) for writers
/// to draw — the PDF's cards, the Word table, HTML cards, plain-text lines. In Markdown it is a
/// <c>::: key-figures</c> fence around a pipe table; that table stays the block's child, the fallback of
/// a writer that does not know the block, and is never read back into the entries.
/// </summary>
public sealed class KeyFiguresBlock : ContainerBlock
{
    public KeyFiguresBlock(BlockParser? parser, IReadOnlyList<KeyFigureEntry> entries)
        : base(parser)
    {
        Entries = entries;
    }

    /// <summary>The figures, in the order the template gave them.</summary>
    public IReadOnlyList<KeyFigureEntry> Entries { get; }
}
