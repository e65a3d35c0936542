using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Diagnostics;
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
    public static ReferenceDocx Load(string path, ICollection<Diagnostic>? diagnostics = null)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: {NonUtf8Name.Explain(path) ?? "reference document not found"}");
        }

        try
        {
            using var file = RegularFile.OpenRead(path, InputLimits.ReferenceDocx, "reference document");
            return Load(file, path, diagnostics);
        }
        catch (FileRejectedException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    /// <summary>Reads a reference document from a stream (<paramref name="path"/> names it in messages).</summary>
    /// <inheritdoc cref="Load(string, ICollection{Diagnostic})" path="/exception"/>
    internal static ReferenceDocx Load(Stream file, string path, ICollection<Diagnostic>? diagnostics)
    {
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var package = new ReferencePackage(zip);
            var main = package.Related("", "officeDocument").FirstOrDefault(package.Has)
                ?? throw new InvalidDataException("no main document part");
            var section = package.Read(main, LastBodySection);
            var sectionCopy = section is null ? null : PageSetup(new SectionProperties(section), path, diagnostics);

            // Headers and footers without pictures or links of their own (their relationships would not follow).
            var header = HeaderOrFooter(package, main, "header", path, diagnostics);
            var footer = HeaderOrFooter(package, main, "footer", path, diagnostics);
            var styles = package.Related(main, "styles").Select(p => package.Read(p, WholePart)).FirstOrDefault(x => x is not null);
            return new ReferenceDocx(
                styles is null ? null : ValidStyles(new Styles(styles), path, diagnostics),
                sectionCopy,
                header is null ? null : new Header(header),
                footer is null ? null : new Footer(footer));
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

    /// <summary>The first plain header (or footer) part's XML; one with relationships of its own is not taken, and when only such ones exist that is said.</summary>
    private static string? HeaderOrFooter(ReferencePackage package, string main, string kind, string path, ICollection<Diagnostic>? diagnostics)
    {
        var parts = package.Related(main, kind).ToList();
        var xml = parts.Where(p => !package.HasRelationships(p)).Select(p => package.Read(p, WholePart)).FirstOrDefault(x => x is not null);
        if (xml is null && parts.Any(package.HasRelationships))
        {
            diagnostics?.Add(DiagnosticKinds.ReferenceHeaderNotTaken.Of($"{path}: its {kind} has pictures or links of its own; EcoBrief's {kind} is used"));
        }

        return xml;
    }

    /// <summary>Word's page sizes, in twentieths of a point: 1 to 22 inches.</summary>
    private const int MinPage = 1440;

    private const int MaxPage = 31680;

    /// <summary>
    /// The page setup the handout takes: the page size only when it is one Word can print, the
    /// margins only when they leave an inch of it across and down; the rest is left to EcoBrief's.
    /// </summary>
    private static SectionProperties PageSetup(SectionProperties section, string path, ICollection<Diagnostic>? diagnostics)
    {
        var kept = new SectionProperties(section.Elements().Where(e => e is PageSize or PageMargin or PageNumberType or DocGrid or Columns).Select(e => e.CloneNode(true)));

        // Settings Word markup does not allow (a width of "&1440", an unknown attribute) are left out first.
        using (var stream = new MemoryStream())
        using (var probe = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = probe.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new Paragraph(), kept.CloneNode(true)));
            var probed = main.Document.Body!.GetFirstChild<SectionProperties>()!;
            var bad = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(probe)
                .Select(e => e.Node?.Ancestors().Prepend(e.Node).FirstOrDefault(a => a.Parent == probed))
                .OfType<OpenXmlElement>().Select(e => probed.ChildElements.ToList().IndexOf(e)).Where(i => i >= 0).ToHashSet();
            if (bad.Count > 0)
            {
                diagnostics?.Add(DiagnosticKinds.ReferencePageSetupInvalid.Of($"{path}: part of its page setup is not valid Word markup; EcoBrief's is used for it"));
                kept = new SectionProperties(kept.ChildElements.Where((_, i) => !bad.Contains(i)).Select(e => e.CloneNode(true)));
            }
        }

        var size = kept.GetFirstChild<PageSize>();
        if (size is not null && (size.Width?.Value is not (>= MinPage and <= MaxPage) || size.Height?.Value is not (>= MinPage and <= MaxPage)))
        {
            diagnostics?.Add(DiagnosticKinds.ReferencePageSize.Of($"{path}: its page size ({size.Width?.Value ?? 0} × {size.Height?.Value ?? 0} twips) is not one Word can print (1 to 22 inches a side); EcoBrief's paper is used"));
            size.Remove();
            size = null;
        }

        var margin = kept.GetFirstChild<PageMargin>();
        if (margin is not null)
        {
            var width = (long?)size?.Width?.Value ?? 11906;
            var height = (long?)size?.Height?.Value ?? 16838;
            long left = margin.Left?.Value ?? 0, right = margin.Right?.Value ?? 0;
            long top = Math.Abs((long)(margin.Top?.Value ?? 0)), bottom = Math.Abs((long)(margin.Bottom?.Value ?? 0));
            if (width - left - right < MinPage || height - top - bottom < MinPage || new[] { left, right, top, bottom }.Any(v => v > MaxPage))
            {
                diagnostics?.Add(DiagnosticKinds.ReferenceMargins.Of($"{path}: its margins leave less than an inch of the page; EcoBrief's margins are used"));
                margin.Remove();
            }
        }

        return kept;
    }

    /// <summary>
    /// The reference's styles without those Word markup does not allow (children a style cannot
    /// have, or in the wrong order): each such style is left out, so EcoBrief's of the same id stays
    /// and the handout stays valid (ISO/IEC 29500-1 §17.7).
    /// </summary>
    private static Styles ValidStyles(Styles styles, string path, ICollection<Diagnostic>? diagnostics)
    {
        using var stream = new MemoryStream();
        using var probe = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = probe.AddMainDocumentPart();
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body());
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = (Styles)styles.CloneNode(true);
        var bad = new HashSet<OpenXmlElement>();
        foreach (var error in new OpenXmlValidator(FileFormatVersions.Office2019).Validate(probe).Where(e => e.Part == part))
        {
            var node = error.Node;
            var top = node?.Ancestors().Prepend(node).FirstOrDefault(a => a.Parent is Styles) ?? (OpenXmlElement)part.Styles;
            bad.Add(top);
        }

        if (bad.Count == 0)
        {
            return styles;
        }

        if (bad.Contains(part.Styles))
        {
            diagnostics?.Add(DiagnosticKinds.ReferenceStylesInvalid.Of($"{path}: its styles are not valid Word markup; EcoBrief's styles are used"));
            return new Styles();
        }

        var indices = bad.Select(b => part.Styles.ChildElements.ToList().IndexOf(b)).Where(i => i >= 0).ToHashSet();
        var kept = new Styles(styles.ChildElements.Where((_, i) => !indices.Contains(i)).Select(e => e.CloneNode(true)));
        var names = bad.Select(b => b is Style st ? $"'{st.StyleId?.Value}'" : b.LocalName).Order(StringComparer.Ordinal);
        diagnostics?.Add(DiagnosticKinds.ReferenceStylesLeftOut.Of($"{path}: {bad.Count} of its styles ({string.Join(", ", names.Take(5))}{(bad.Count > 5 ? ", …" : string.Empty)}) are not valid Word markup and are left out"));
        return kept;
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
