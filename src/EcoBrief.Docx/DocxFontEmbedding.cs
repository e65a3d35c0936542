using System.Globalization;
using System.Security.Cryptography;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document;
using EcoBrief.Document.Conventions;
using EcoBrief.Layout.Text;

namespace EcoBrief.Docx;

/// <summary>
/// Puts into the Word file, for each Chinese font its font table names (方正小标宋简体, 黑体, 楷体, 仿宋,
/// 宋体), the shipped face the PDF draws that role with (<see cref="FontFace.ShippedFor"/>), cut to the
/// characters the document sets in that font: w:embedRegular for the characters of its plain runs,
/// w:embedBold for those of its bold ones, each obfuscated as ISO/IEC 29500-1 §17.8.1 prescribes.
/// LibreOffice takes an embedded face for the font it is embedded under; the face keeps its own name
/// (Noto Serif CJK SC …), which is also the font table's alternative name that Word falls back to.
/// Without this, LibreOffice on a machine with none of these fonts draws every role in one face.
/// </summary>
/// <remarks>
/// The characters are collected while the body is written (<see cref="Add"/>), block by block, from
/// each run's font and weight as its own properties, its character style and its paragraph style
/// (each with the styles it is based on) and the document defaults give them.
/// </remarks>
internal sealed class DocxFontEmbedding
{
    /// <summary>The characters Word's heading numbering may draw in a paragraph's font (一、（一）1.).</summary>
    private const string Counting = "〇一二三四五六七八九十百千、（）().0123456789";

    private readonly Dictionary<string, (string? Font, bool? Bold, string? BasedOn)> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultFont;
    private readonly bool _defaultBold;
    private readonly string? _defaultParagraphStyle;
    private readonly Dictionary<(string Font, bool Bold), HashSet<int>> _used = [];
    private readonly Dictionary<string, (string? Font, bool? Bold)> _resolved = new(StringComparer.Ordinal);

    public DocxFontEmbedding(Styles styles)
    {
        var defaults = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        _defaultFont = defaults?.RunFonts?.EastAsia?.Value;
        _defaultBold = defaults?.Bold is { } b && (b.Val?.Value ?? true);
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id)
            {
                continue;
            }

            var run = style.StyleRunProperties;
            _styles[id] = (run?.RunFonts?.EastAsia?.Value, run?.Bold is { } bold ? bold.Val?.Value ?? true : null, style.BasedOn?.Val?.Value);
            if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true)
            {
                _defaultParagraphStyle = id;
            }
        }
    }

    /// <summary>Notes the characters of every run in <paramref name="element"/> under the font and weight it is drawn in.</summary>
    public void Add(OpenXmlElement element)
    {
        IEnumerable<Paragraph> paragraphs = element is Paragraph p ? [p] : element.Descendants<Paragraph>();
        foreach (var paragraph in paragraphs)
        {
            var paragraphStyle = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;
            var (paragraphFont, paragraphBold) = Resolve(paragraphStyle);
            if ((paragraphFont ?? _defaultFont) is { } numberFont)
            {
                Note(numberFont, paragraphBold ?? _defaultBold, Counting);
            }

            foreach (var run in paragraph.Elements<Run>().Concat(paragraph.Elements<Hyperlink>().SelectMany(h => h.Elements<Run>())))
            {
                var properties = run.RunProperties;
                var (styleFont, styleBold) = Resolve(properties?.RunStyle?.Val?.Value);
                var font = properties?.RunFonts?.EastAsia?.Value ?? styleFont ?? paragraphFont ?? _defaultFont;
                var bold = properties?.Bold is { } b ? b.Val?.Value ?? true : styleBold ?? paragraphBold ?? _defaultBold;
                if (font is null)
                {
                    continue;
                }

                foreach (var text in run.Elements<Text>())
                {
                    Note(font, bold, text.Text);
                }

                if (run.Elements<FieldChar>().Any())
                {
                    // A field's result (the page number) is drawn in the run's font; Word works it out on opening.
                    Note(font, bold, Counting);
                }
            }
        }
    }

    private void Note(string font, bool bold, string text)
    {
        if (!_used.TryGetValue((font, bold), out var set))
        {
            _used[(font, bold)] = set = [];
        }

        foreach (var rune in text.EnumerateRunes())
        {
            set.Add(rune.Value);
        }
    }

    /// <summary>A style's East Asian font and weight, following w:basedOn (at most as deep as there are styles: no loop runs forever).</summary>
    private (string? Font, bool? Bold) Resolve(string? id)
    {
        if (id is null)
        {
            return (null, null);
        }

        if (!_resolved.TryGetValue(id, out var resolved))
        {
            _resolved[id] = resolved = Follow(id);
        }

        return resolved;
    }

    private (string? Font, bool? Bold) Follow(string? id)
    {
        string? font = null;
        bool? bold = null;
        for (var depth = 0; id is not null && depth <= _styles.Count && _styles.TryGetValue(id, out var style); depth++)
        {
            font ??= style.Font;
            bold ??= style.Bold;
            id = style.BasedOn;
        }

        return (font, bold);
    }

    /// <summary>
    /// Adds the embedded faces to <paramref name="table"/>'s fonts and their parts to <paramref name="part"/>:
    /// for each Chinese font of the table the document sets text in. Fonts drawn with the same face
    /// (仿宋, 楷体 and 宋体 all with the serif) share one part, cut to all their characters, and its
    /// relationship, as Word refers to one image from many places. The parts are left empty: their
    /// bytes, returned by entry name, go into the package once, when it is rewritten
    /// (<see cref="ReproducibleZip.Normalize"/>), not deflated by the SDK first and again there.
    /// </summary>
    public Dictionary<string, byte[]> Embed(FontTablePart part, Fonts table, FontRoles roles)
    {
        // Heavy when every role of the name is a heading's (小标宋 for the title, 黑体 for 一、): the same
        // face the PDF uses. A name a heading shares with running text (楷体 for （一） and for emphasis)
        // keeps the regular face.
        var headings = new[] { roles.OfHeading(1), roles.OfHeading(2), roles.OfHeading(3) };
        var slots = new List<(Font Font, bool Bold, FontFace Face)>();
        var characters = new Dictionary<FontFace, HashSet<int>>();
        foreach (var font in table.Elements<Font>())
        {
            var name = font.Name?.Value;
            if (name is null || name == DocxFonts.Latin)
            {
                continue;
            }

            var named = roles.Roles().Where(r => DocxFonts.Primary(r) == name).ToList();
            var heavy = named.Count > 0 && named.All(r => headings.Contains(r, StringComparer.Ordinal));
            foreach (var bold in new[] { false, true })
            {
                if (!_used.TryGetValue((name, bold), out var used) || used.Count == 0)
                {
                    continue;
                }

                var face = FontFace.ShippedFor(named.FirstOrDefault() ?? name, heavy || bold);
                slots.Add((font, bold, face));
                if (!characters.TryGetValue(face, out var all))
                {
                    characters[face] = all = [];
                }

                all.UnionWith(used);
            }
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var parts = new Dictionary<FontFace, (string Id, string Key)>();
        foreach (var (font, bold, face) in slots)
        {
            if (!parts.TryGetValue(face, out var shared))
            {
                var data = FontSubsetter.ForCharacters(face, characters[face]);
                var key = Key(face.Name, characters[face]);
                var id = "rIdFont" + (parts.Count + 1).ToString(CultureInfo.InvariantCulture);
                var fontPart = part.AddFontPart(FontPartType.FontOdttf, id);
                files[fontPart.Uri.OriginalString.TrimStart('/')] = Obfuscate(data, key);
                parts[face] = shared = (id, "{" + key.ToString("D").ToUpperInvariant() + "}");
            }

            font.Append(bold
                ? new EmbedBoldFont { Id = shared.Id, FontKey = shared.Key, Subsetted = true }
                : new EmbedRegularFont { Id = shared.Id, FontKey = shared.Key, Subsetted = true });
        }

        return files;
    }

    /// <summary>
    /// A key of what the subset is made from, the face and its characters (a few kilobytes to hash,
    /// not the font's hundreds): the same document gives the same file.
    /// </summary>
    private static Guid Key(string face, HashSet<int> characters)
    {
        var text = face + ":" + string.Join(',', characters.Order());
        return new(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }

    /// <summary>
    /// ISO/IEC 29500-1 §17.8.1: the key's 32 hexadecimal digits as 16 bytes, in reverse order, XORed
    /// with the font's first 32 bytes (twice over the key).
    /// </summary>
    internal static byte[] Obfuscate(byte[] font, Guid key)
    {
        var digits = key.ToString("N");
        var bytes = Convert.FromHexString(digits);
        Array.Reverse(bytes);
        var result = (byte[])font.Clone();
        for (var i = 0; i < Math.Min(32, result.Length); i++)
        {
            result[i] ^= bytes[i % 16];
        }

        return result;
    }
}
