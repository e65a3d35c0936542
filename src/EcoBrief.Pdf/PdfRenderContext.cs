using EcoBrief.Diagnostics;
using EcoBrief.Document.Conventions;
using EcoBrief.Document.Rendering;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;
using EcoBrief.Pdf.Renderers;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace EcoBrief.Pdf;

/// <summary>State shared by the renderers while one document becomes layout elements.</summary>
/// <param name="styles">The text styles.</param>
/// <param name="fit">What fitting keeps.</param>
/// <param name="ranks">The order in which fitting gives up items and detail; null when everything is shown.</param>
public sealed class PdfRenderContext(PdfStyles styles, FitOptions fit, ItemRanks? ranks = null) : DocumentRenderer<PdfRenderContext, Element?>(Nodes)
{
    /// <summary>The block renderers of the PDF, the most specific first (a meta line before any paragraph, any container last).</summary>
    internal static readonly NodeRenderers<PdfRenderContext, Element?> Nodes = new(
        null,
        new SkipRenderer<PdfRenderContext, Element?>(null, typeof(YamlFrontMatterBlock), typeof(LinkReferenceDefinitionGroup)),
        new HeadingRenderer(), new MetaLineRenderer(), new ParagraphRenderer(), new ListRenderer(), new KeyFiguresRenderer(), new ChartRenderer(), new TableRenderer(),
        new ThematicBreakRenderer(), new QuoteRenderer(), new CodeBlockRenderer(), new FootnoteGroupRenderer(), new ContainerRenderer());

    private readonly HeadingNumbering _headings = new();

    public PdfStyles Styles { get; } = styles;

    public FitOptions Fit { get; } = fit;

    /// <summary>Whether fitting dropped the detail of an item that has some.</summary>
    public bool DroppedDetail { get; private set; }

    /// <summary>Whether fitting keeps an item of a list.</summary>
    public bool Keeps(ListItemBlock item) => Fit.KeepsAll || ranks is null || ranks.Of(item) < Fit.KeptItems;

    /// <summary>Whether an item of a list keeps its detail.</summary>
    public bool ShowsDetail(ListItemBlock item) => Fit.ShowDetail || ranks is null || ranks.Of(item) < Fit.DetailItems;

    internal void NoteDroppedDetail() => DroppedDetail = true;

    /// <summary>Characters no font could draw, with where they stand (<see cref="DiagnosticKinds.MissingGlyph"/>).</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    public Element RenderBlocks(IEnumerable<Block> blocks, float spacing)
    {
        var elements = new List<Element>();
        foreach (var block in blocks)
        {
            if (Render(block) is { } e)
            {
                elements.Add(e);
            }
        }

        return new Column(elements, spacing);
    }

    /// <summary>Makes a paragraph and records the characters it cannot draw.</summary>
    /// <param name="spans">The runs.</param>
    /// <param name="alignment">The alignment.</param>
    /// <param name="indent">First-line indent.</param>
    /// <param name="lineSpacing">Line height as a multiple of the size.</param>
    /// <param name="phrases">A title, heading or label: broken where the words allow (<see cref="EcoBrief.Chinese.PhraseBreaks"/>).</param>
    public TextBlock Text(IReadOnlyList<TextSpan> spans, TextAlignment alignment = TextAlignment.Justify, float indent = 0, float lineSpacing = 1.5f, bool phrases = false)
    {
        var block = new TextBlock(spans, alignment, indent, lineSpacing, phrases ? EcoBrief.Chinese.PhraseBreaks.Choose : null);
        foreach (var m in block.MissingCharacters)
        {
            Diagnostics.Add(DiagnosticKinds.MissingGlyph.Of($"no font has {m} (in {block.Name})"));
        }

        return block;
    }

    /// <summary>The number of the next heading at a level (<see cref="HeadingNumbering"/>); a Latin number (1.) is followed by a space, as Word's tab would.</summary>
    internal string HeadingNumber(int level)
    {
        var number = _headings.Next(level);
        return HeadingNumbering.IsChinese(level) ? number : number + " ";
    }

    public float LineSpacing => Styles.Settings.OnePage ? 1.4f : 1.6f;
}
