using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>Lists through numbering definitions (1. then （1）, or bullets), one numbering instance per ordered list.</summary>
internal sealed class ListRenderer : DocxNodeRenderer<ListBlock>
{
    protected override IEnumerable<OpenXmlElement> Render(ListBlock list, DocxRenderContext context)
    {
        var numId = list.IsOrdered ? context.Numbering.NewOrderedList(int.TryParse(list.OrderedStart, out var start) ? start : 1) : DocxNumbering.BulletNum;
        var level = context.ListDepth;
        context.ListDepth++;
        var result = new List<OpenXmlElement>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph)
                {
                    var ppr = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.ListParagraph });
                    if (first)
                    {
                        ppr.Append(new NumberingProperties(new NumberingLevelReference { Val = Math.Min(level, 2) }, new NumberingId { Val = numId }));
                    }

                    var p = new Paragraph(ppr);
                    p.Append(InlineRuns.Runs(paragraph.Inline, context));
                    result.Add(p);
                }
                else
                {
                    result.AddRange(context.Render(child));
                }

                first = false;
            }
        }

        context.ListDepth--;
        return result;
    }
}
