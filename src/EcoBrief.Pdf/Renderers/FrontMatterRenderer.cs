using EcoBrief.Layout;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>The YAML front matter holds settings, not content.</summary>
public sealed class FrontMatterRenderer : IBlockRenderer
{
    public bool CanRender(Block block) => block is YamlFrontMatterBlock or LinkReferenceDefinitionGroup;

    public Element? Render(Block block, PdfRenderContext context) => null;
}
