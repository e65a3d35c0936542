using Markdig.Syntax;

namespace EcoBrief.Document.Rendering;

/// <summary>
/// The renderer of the blocks of type <typeparamref name="TBlock"/> and of its subtypes (Markdig's
/// <c>MarkdownObjectRenderer&lt;TRenderer, TObject&gt;</c>): a <see cref="MetaLineBlock"/> is a
/// paragraph to a writer that has no renderer of its own for it.
/// </summary>
public abstract class NodeRenderer<TBlock, TRenderer, TResult> : INodeRenderer<TRenderer, TResult>
    where TBlock : Block
{
    public virtual bool Accept(Type blockType) => typeof(TBlock).IsAssignableFrom(blockType);

    TResult INodeRenderer<TRenderer, TResult>.Render(Block block, TRenderer renderer) => Render((TBlock)block, renderer);

    protected abstract TResult Render(TBlock block, TRenderer renderer);
}
