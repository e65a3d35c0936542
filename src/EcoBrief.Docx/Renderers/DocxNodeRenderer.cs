using DocumentFormat.OpenXml;
using EcoBrief.Document.Rendering;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Renders the blocks of one type into WordprocessingML: the body's paragraphs and tables.</summary>
internal abstract class DocxNodeRenderer<TBlock> : NodeRenderer<TBlock, DocxRenderContext, IEnumerable<OpenXmlElement>>
    where TBlock : Block
{
}
