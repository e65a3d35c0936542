using EcoBrief.Diagnostics;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;
using EcoBrief.Pdf.Renderers;
using Markdig.Syntax;

namespace EcoBrief.Pdf;

/// <summary>State shared by the renderers while one document becomes layout elements.</summary>
/// <param name="styles">The text styles.</param>
/// <param name="fit">What fitting keeps.</param>
/// <param name="ranks">The order in which fitting gives up items and detail; null when everything is shown.</param>
public sealed class PdfRenderContext(PdfStyles styles, FitOptions fit, ItemRanks? ranks = null)
{
    private static readonly IBlockRenderer[] Renderers =
    [
        new FrontMatterRenderer(), new HeadingRenderer(), new ParagraphRenderer(), new ListRenderer(), new KeyFiguresRenderer(),
        new TableRenderer(), new ThematicBreakRenderer(), new QuoteRenderer(), new CodeBlockRenderer(), new FootnoteGroupRenderer(), new ContainerRenderer(),
    ];

    private readonly int[] _headingCounters = new int[7];

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

    public Element? Render(Block block)
    {
        foreach (var r in Renderers)
        {
            if (r.CanRender(block))
            {
                return r.Render(block, this);
            }
        }

        return null;
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

    /// <summary>The number of a heading at a level, as writers print them: 一、 for level 2, （一） for level 3.</summary>
    internal string HeadingNumber(int level)
    {
        _headingCounters[level]++;
        for (var l = level + 1; l < _headingCounters.Length; l++)
        {
            _headingCounters[l] = 0;
        }

        var n = _headingCounters[level];
        var cn = n <= 99 ? EcoBrief.Chinese.ChineseNumeral.Format(n) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return level switch
        {
            2 => cn + "、",
            3 => "（" + cn + "）",
            _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ",
        };
    }

    public float LineSpacing => Styles.Settings.OnePage ? 1.4f : 1.6f;
}
