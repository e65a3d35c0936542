using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Docx.Renderers;
using EcoBrief.Document;
using EcoBrief.Document.Rendering;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace EcoBrief.Docx;

/// <summary>State shared by the renderers while one document becomes WordprocessingML.</summary>
internal sealed class DocxRenderContext(DocumentSettings settings) : DocumentRenderer<DocxRenderContext, IEnumerable<OpenXmlElement>>(Nodes)
{
    /// <summary>
    /// The block renderers of Word, the most specific first (a meta line before any paragraph, any
    /// container last). Footnote definitions become real footnotes where they are referenced.
    /// </summary>
    internal static readonly NodeRenderers<DocxRenderContext, IEnumerable<OpenXmlElement>> Nodes = new(
        [],
        new SkipRenderer<DocxRenderContext, IEnumerable<OpenXmlElement>>([], typeof(YamlFrontMatterBlock), typeof(FootnoteGroup), typeof(LinkReferenceDefinitionGroup)),
        new HeadingRenderer(), new MetaLineRenderer(), new ParagraphRenderer(), new ListRenderer(), new KeyFiguresRenderer(), new ChartRenderer(), new TableRenderer(),
        new ThematicBreakRenderer(), new QuoteRenderer(), new CodeBlockRenderer(), new ContainerRenderer());

    public DocumentSettings Settings { get; } = settings;

    public DocxNumbering Numbering { get; } = new();

    /// <summary>Footnotes in order of first reference: (id, paragraphs).</summary>
    public List<(int Id, List<Paragraph> Content)> Footnotes { get; } = [];

    public Dictionary<Markdig.Extensions.Footnotes.Footnote, int> FootnoteIds { get; } = [];

    /// <summary>The depth of the ordered/bullet list being rendered (0 outside lists).</summary>
    public int ListDepth { get; set; }

    public List<OpenXmlElement> RenderBlocks(IEnumerable<Block> blocks)
    {
        var result = new List<OpenXmlElement>();
        foreach (var block in blocks)
        {
            result.AddRange(Render(block));
        }

        return result;
    }

    public int FootnoteId(Markdig.Extensions.Footnotes.Footnote footnote)
    {
        if (FootnoteIds.TryGetValue(footnote, out var id))
        {
            return id;
        }

        id = Footnotes.Count + 1;
        FootnoteIds[footnote] = id;
        var content = new List<Paragraph>();
        var first = true;
        foreach (var p in footnote.OfType<ParagraphBlock>())
        {
            var para = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.FootnoteText }));
            if (first)
            {
                para.Append(new Run(new RunProperties(new RunStyle { Val = DocxStyles.FootnoteReference }), new FootnoteReferenceMark()), new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
                first = false;
            }

            para.Append(InlineRuns.Runs(p.Inline, this));
            content.Add(para);
        }

        Footnotes.Add((id, content));
        return id;
    }
}
