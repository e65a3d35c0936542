using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.IO;

namespace EcoBrief.Docx;

/// <summary>
/// A user's Word file whose house style EcoBrief adopts (as pandoc's --reference-doc): its styles
/// replace EcoBrief's of the same id (EcoBrief's others stay, so every paragraph still has its
/// style), and its page setup, header and footer are used when it has them.
/// </summary>
internal sealed class ReferenceDocx
{
    private readonly Styles? _styles;
    private readonly SectionProperties? _section;
    private readonly Header? _header;
    private readonly Footer? _footer;

    private ReferenceDocx(Styles? styles, SectionProperties? section, Header? header, Footer? footer)
    {
        _styles = styles;
        _section = section;
        _header = header;
        _footer = footer;
    }

    public static ReferenceDocx Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: reference document not found");
        }

        try
        {
            using var file = RegularFile.OpenRead(path, InputLimits.ReferenceDocx, "reference document");
            using var doc = WordprocessingDocument.Open(file, isEditable: false);
            var main = doc.MainDocumentPart ?? throw new InvalidDataException($"{path}: not a Word document (no main document part)");
            var section = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
            var sectionCopy = section is null ? null : new SectionProperties(section.Elements().Where(e => e is PageSize or PageMargin or PageNumberType or DocGrid or Columns).Select(e => e.CloneNode(true)));

            // Headers and footers without pictures or links of their own (their relationships would not follow).
            var header = main.HeaderParts.FirstOrDefault(h => !h.Parts.Any() && h.Header is not null)?.Header.CloneNode(true) as Header;
            var footer = main.FooterParts.FirstOrDefault(f => !f.Parts.Any() && f.Footer is not null)?.Footer.CloneNode(true) as Footer;
            var styles = main.StyleDefinitionsPart?.Styles?.CloneNode(true) as Styles;
            return new ReferenceDocx(styles, sectionCopy, header, footer);
        }
        catch (IOException e) when (e.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new InvalidDataException(e.Message, e);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.FileFormatException or InvalidOperationException or System.IO.InvalidDataException or System.Xml.XmlException)
        {
            throw new InvalidDataException($"{path}: not a Word document ({e.Message.Split('\n')[0]})", e);
        }
    }

    public void ApplyStyles(Styles ours)
    {
        if (_styles is null)
        {
            return;
        }

        if (_styles.DocDefaults is { } defaults)
        {
            ours.DocDefaults?.Remove();
            ours.PrependChild(defaults.CloneNode(true));
        }

        foreach (var style in _styles.Elements<Style>())
        {
            var existing = ours.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == style.StyleId?.Value);
            var copy = (Style)style.CloneNode(true);
            if (existing is not null)
            {
                // Keep EcoBrief's heading numbering: the house style decides the look, not the numbers.
                var numbering = existing.StyleParagraphProperties?.NumberingProperties?.CloneNode(true);
                existing.InsertAfterSelf(copy);
                existing.Remove();
                if (numbering is not null)
                {
                    copy.StyleParagraphProperties ??= new StyleParagraphProperties();
                    copy.StyleParagraphProperties.NumberingProperties ??= (NumberingProperties)numbering;
                }
            }
            else
            {
                ours.Append(copy);
            }
        }
    }

    public SectionProperties? SectionProperties() => _section?.CloneNode(true) as SectionProperties;

    public Header? Header() => _header?.CloneNode(true) as Header;

    public Footer? Footer() => _footer?.CloneNode(true) as Footer;
}
