using Markdig.Syntax;

namespace EcoBrief.Document.Rendering;

/// <summary>
/// Renders one kind of block for one target (Markdig's <c>IMarkdownObjectRenderer</c>): the PDF's
/// layout elements, Word's paragraphs. Whether it takes a block depends on the block's type alone, so
/// <see cref="NodeRenderers{TRenderer, TResult}"/> can ask once per type.
/// </summary>
/// <typeparam name="TRenderer">The renderer of the whole document, whose state the block may use.</typeparam>
/// <typeparam name="TResult">What a block becomes.</typeparam>
public interface INodeRenderer<in TRenderer, out TResult>
{
    bool Accept(Type blockType);

    TResult Render(Block block, TRenderer renderer);
}
