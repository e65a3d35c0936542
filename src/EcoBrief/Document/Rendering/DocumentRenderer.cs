using Markdig.Syntax;

namespace EcoBrief.Document.Rendering;

/// <summary>
/// The base of a paged writer's renderer (Markdig's <c>RendererBase</c>): the state of one document
/// being rendered, and <see cref="Render"/>, which hands each block to the renderer of its type.
/// </summary>
/// <typeparam name="TSelf">The writer's renderer, which its block renderers are given.</typeparam>
/// <typeparam name="TResult">What a block becomes.</typeparam>
public abstract class DocumentRenderer<TSelf, TResult>(NodeRenderers<TSelf, TResult> renderers)
    where TSelf : DocumentRenderer<TSelf, TResult>
{
    public NodeRenderers<TSelf, TResult> Renderers { get; } = renderers;

    public TResult Render(Block block) => Renderers.Render(block, (TSelf)this);
}
