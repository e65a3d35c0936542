using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace EcoBrief.Docx.Renderers;

/// <summary>Inlines to runs: text, Strong and Emphasis character styles, real footnote references.</summary>
internal static class InlineRuns
{
    public static List<OpenXmlElement> Runs(ContainerInline? inline, DocxRenderContext context, string? characterStyle = null)
    {
        var runs = new List<OpenXmlElement>();
        if (inline is not null)
        {
            Append(inline, context, characterStyle, runs);
        }

        return runs;
    }

    /// <summary>A paragraph of the runs of <paramref name="inline"/>, in a paragraph style or (null) in Normal.</summary>
    public static Paragraph InParagraph(ContainerInline? inline, DocxRenderContext context, string? style = null)
    {
        var p = style is null ? new Paragraph() : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        p.Append(Runs(inline, context));
        return p;
    }

    private static void Append(ContainerInline container, DocxRenderContext context, string? style, List<OpenXmlElement> runs)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(TextRun(literal.Content.ToString(), style));
                    break;
                case EmphasisInline { DelimiterCount: >= 2 } strong:
                    Append(strong, context, DocxStyles.Strong, runs);
                    break;
                case EmphasisInline emphasis:
                    Append(emphasis, context, DocxStyles.Emphasis, runs);
                    break;
                case FootnoteLink { IsBackLink: false } link:
                    var id = context.FootnoteId(link.Footnote);
                    runs.Add(new Run(new RunProperties(new RunStyle { Val = DocxStyles.FootnoteReference }), new FootnoteReference { Id = id }));
                    break;
                case FootnoteLink:
                    break;
                case CodeInline code:
                    runs.Add(TextRun(code.Content, style));
                    break;
                case LineBreakInline { IsHard: true }:
                    runs.Add(new Run(new Break()));
                    break;
                case LineBreakInline:
                    break;
                case ContainerInline inner:
                    Append(inner, context, style, runs);
                    break;
            }
        }
    }

    public static Run TextRun(string text, string? style)
    {
        var run = new Run();
        if (style is not null)
        {
            run.Append(new RunProperties(new RunStyle { Val = style }));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
