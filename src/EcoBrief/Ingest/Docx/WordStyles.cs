using System.Xml.Linq;

namespace EcoBrief.Ingest.Docx;

/// <summary>
/// What a Word file's paragraph styles (<c>word/styles.xml</c>, ISO/IEC 29500-1 §17.7) say of numbering
/// and outline: the list a style numbers its paragraphs with (<c>w:numPr</c>) and its outline level
/// (<c>w:outlineLvl</c>; the built-in <c>heading 1</c>… by name when it has none), each through the
/// chain of <c>w:basedOn</c>.
/// </summary>
internal sealed class WordStyles
{
    private const int MaxChain = 32;

    private readonly Dictionary<string, Style> _styles;

    private WordStyles(Dictionary<string, Style> styles, string? defaultParagraph)
    {
        _styles = styles;
        DefaultParagraph = defaultParagraph;
    }

    public static WordStyles None { get; } = new([], null);

    /// <summary>The style a paragraph without <c>w:pStyle</c> has.</summary>
    public string? DefaultParagraph { get; }

    public static WordStyles Read(XElement? root)
    {
        if (root is null)
        {
            return None;
        }

        var styles = new Dictionary<string, Style>(StringComparer.Ordinal);
        string? defaultParagraph = null;
        foreach (var s in root.Elements(WordXml.W + "style"))
        {
            if ((string?)s.Attribute(WordXml.W + "styleId") is not { } id)
            {
                continue;
            }

            var type = (string?)s.Attribute(WordXml.W + "type") ?? "paragraph";
            var pPr = s.Element(WordXml.W + "pPr");
            var numPr = pPr?.Element(WordXml.W + "numPr");
            var name = WordXml.Val(s, "name");
            var outline = WordXml.IntVal(pPr, "outlineLvl");
            if (outline is null && name is not null && name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(8), System.Globalization.CultureInfo.InvariantCulture, out var h) && h is >= 1 and <= 9)
            {
                outline = h - 1;
            }

            styles.TryAdd(id, new Style(WordXml.Val(s, "basedOn"), WordXml.IntVal(numPr, "numId"), WordXml.IntVal(numPr, "ilvl"), outline));
            if (type == "paragraph" && (string?)s.Attribute(WordXml.W + "default") is "1" or "true" or "on")
            {
                defaultParagraph = id;
            }
        }

        return new WordStyles(styles, defaultParagraph);
    }

    /// <summary>The list and level <paramref name="styleId"/> numbers its paragraphs with, each through its <c>w:basedOn</c> chain.</summary>
    public (int? NumId, int? Level) NumberingOf(string? styleId)
    {
        int? numId = null;
        int? level = null;
        foreach (var s in Chain(styleId))
        {
            numId ??= s.NumId;
            level ??= s.Level;
        }

        return (numId, level);
    }

    /// <summary>The outline level (0 the top; 9 body text) of <paramref name="styleId"/>, through its chain; null when none says one.</summary>
    public int? OutlineLevelOf(string? styleId) => Chain(styleId).Select(s => s.OutlineLevel).FirstOrDefault(o => o is not null);

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var i = 0; i < MaxChain && styleId is not null && _styles.TryGetValue(styleId, out var style); i++)
        {
            yield return style;
            styleId = style.BasedOn;
        }
    }

    private sealed record Style(string? BasedOn, int? NumId, int? Level, int? OutlineLevel);
}
