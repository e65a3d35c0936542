using System.IO.Compression;
using System.Xml;
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

    /// <summary>
    /// Reads the styles, the last section's page setup and the first plain header and footer of a Word
    /// file. Only those parts are opened (found through the package's relationships), each inflated
    /// through a cap of <see cref="InputLimits.ReferenceDocxPart"/>, so a zip bomb costs at most that
    /// much memory; the body is streamed past, never held.
    /// </summary>
    /// <exception cref="InvalidDataException">Not a regular file, too big, not a Word document, or a part over its cap (one line naming the file).</exception>
    public static ReferenceDocx Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: reference document not found");
        }

        try
        {
            using var file = RegularFile.OpenRead(path, InputLimits.ReferenceDocx, "reference document");
            using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            var package = new ReferencePackage(zip);
            var main = package.Related("", "officeDocument").FirstOrDefault(package.Has)
                ?? throw new InvalidDataException("no main document part");
            var section = package.Read(main, LastBodySection);
            var sectionCopy = section is null ? null : new SectionProperties(new SectionProperties(section).Elements().Where(e => e is PageSize or PageMargin or PageNumberType or DocGrid or Columns).Select(e => e.CloneNode(true)));

            // Headers and footers without pictures or links of their own (their relationships would not follow).
            var header = package.Related(main, "header").Where(h => !package.HasRelationships(h)).Select(h => package.Read(h, WholePart)).FirstOrDefault(x => x is not null);
            var footer = package.Related(main, "footer").Where(f => !package.HasRelationships(f)).Select(f => package.Read(f, WholePart)).FirstOrDefault(x => x is not null);
            var styles = package.Related(main, "styles").Select(p => package.Read(p, WholePart)).FirstOrDefault(x => x is not null);
            return new ReferenceDocx(
                styles is null ? null : new Styles(styles),
                sectionCopy,
                header is null ? null : new Header(header),
                footer is null ? null : new Footer(footer));
        }
        catch (IOException e) when (e.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new InvalidDataException(e.Message, e);
        }
        catch (ReferencePartTooLargeException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.FileFormatException or InvalidOperationException or System.IO.InvalidDataException or System.Xml.XmlException or IOException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: not a Word document ({e.Message.Split('\n')[0]})", e);
        }
    }

    /// <summary>The whole part, as XML text (for a root element the SDK then parses).</summary>
    private static string? WholePart(XmlReader reader) => reader.MoveToContent() == XmlNodeType.Element ? reader.ReadOuterXml() : null;

    /// <summary>The last <c>w:sectPr</c> directly inside <c>w:body</c>: the document's own page setup; the rest of the body is skipped as it streams by.</summary>
    private static string? LastBodySection(XmlReader reader)
    {
        string? last = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && reader.LocalName == "sectPr" && reader.NamespaceURI == WordNamespace)
            {
                last = reader.ReadOuterXml();
                // ReadOuterXml moved past the element: look at where it left off.
                while (reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && reader.LocalName == "sectPr" && reader.NamespaceURI == WordNamespace)
                {
                    last = reader.ReadOuterXml();
                }
            }
        }

        return last;
    }

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

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
