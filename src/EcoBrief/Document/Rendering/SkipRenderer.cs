using Markdig.Syntax;

namespace EcoBrief.Document.Rendering;

/// <summary>Blocks a target does not show (the front matter holds settings, link definitions are used where they are referenced).</summary>
public sealed class SkipRenderer<TRenderer, TResult>(TResult none, params Type[] blockTypes) : INodeRenderer<TRenderer, TResult>
{
    public bool Accept(Type blockType) => Array.Exists(blockTypes, t => t.IsAssignableFrom(blockType));

    public TResult Render(Block block, TRenderer renderer) => none;
}
