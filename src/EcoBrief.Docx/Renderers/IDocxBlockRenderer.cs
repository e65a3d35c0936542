using DocumentFormat.OpenXml;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Renders one kind of Markdig block into WordprocessingML (as Markdig's ObjectRenderer does for HTML).</summary>
internal interface IDocxBlockRenderer
{
    bool CanRender(Block block);

    IEnumerable<OpenXmlElement> Render(Block block, DocxRenderContext context);
}
