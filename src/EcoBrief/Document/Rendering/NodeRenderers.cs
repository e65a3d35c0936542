using System.Collections.Concurrent;
using Markdig.Syntax;

namespace EcoBrief.Document.Rendering;

/// <summary>
/// The block renderers of one target, in order (Markdig's <c>ObjectRendererCollection</c>): the first
/// that accepts a block's type renders it, found once per type and remembered (the list is shared by
/// every document a process renders, on any thread). A block no renderer accepts is skipped — it
/// becomes <see cref="None"/> — as Markdig's <c>RendererBase</c> writes nothing for an object it has
/// no renderer for; every target ends its list with a renderer of any container, so only an unknown
/// leaf block can be skipped, and no text of the template's is.
/// </summary>
public sealed class NodeRenderers<TRenderer, TResult>
{
    private readonly INodeRenderer<TRenderer, TResult>[] _renderers;
    private readonly ConcurrentDictionary<Type, INodeRenderer<TRenderer, TResult>?> _byType = new();

    /// <param name="none">What a block becomes that no renderer accepts (and what a renderer returns for nothing).</param>
    /// <param name="renderers">The renderers, the most specific first.</param>
    public NodeRenderers(TResult none, params IEnumerable<INodeRenderer<TRenderer, TResult>> renderers)
    {
        None = none;
        _renderers = [.. renderers];
    }

    public TResult None { get; }

    public IReadOnlyList<INodeRenderer<TRenderer, TResult>> All => _renderers;

    /// <summary>The renderer of a block type: the first that accepts it; null for none.</summary>
    public INodeRenderer<TRenderer, TResult>? For(Type blockType) =>
        _byType.GetOrAdd(blockType, static (type, renderers) => Array.Find(renderers, r => r.Accept(type)), _renderers);

    public TResult Render(Block block, TRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(block);
        return For(block.GetType()) is { } r ? r.Render(block, renderer) : None;
    }
}
