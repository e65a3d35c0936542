using Markdig.Parsers;
using Markdig.Syntax;

namespace EcoBrief.Document.KeyFigures;

/// <summary>
/// A row of key figures, written in Markdown as a <c>::: key-figures</c> container around a pipe
/// table (指标 | 数值 | 变化). Writers that know the block draw <see cref="Entries"/> as cards; the
/// table it contains is the fallback for writers that do not.
/// </summary>
public sealed class KeyFiguresBlock : ContainerBlock
{
    public KeyFiguresBlock(BlockParser? parser)
        : base(parser)
    {
    }

    public List<KeyFigureEntry> Entries { get; } = [];
}
