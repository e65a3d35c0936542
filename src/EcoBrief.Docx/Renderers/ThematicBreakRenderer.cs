using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document.Conventions;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>A thematic break as an empty paragraph with a bottom border.</summary>
internal sealed class ThematicBreakRenderer : DocxNodeRenderer<ThematicBreakBlock>
{
    protected override IEnumerable<OpenXmlElement> Render(ThematicBreakBlock rule, DocxRenderContext context) =>
        [new Paragraph(new ParagraphProperties(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Color = Palette.Hex(Palette.WordBreak) })))];
}
