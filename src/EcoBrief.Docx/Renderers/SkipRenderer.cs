using DocumentFormat.OpenXml;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Front matter holds settings; footnote definitions become real footnotes where they are referenced.</summary>
internal sealed class SkipRenderer : IDocxBlockRenderer
{
    public bool CanRender(Block block) => block is YamlFrontMatterBlock or FootnoteGroup or LinkReferenceDefinitionGroup;

    public IEnumerable<OpenXmlElement> Render(Block block, DocxRenderContext context) => [];
}
