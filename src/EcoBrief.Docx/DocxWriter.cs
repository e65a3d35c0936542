using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Diagnostics;
using EcoBrief.Document;
using EcoBrief.Document.Conventions;
using EcoBrief.Writers;

namespace EcoBrief.Docx;

/// <summary>
/// The document as a Word handout (.docx, Open XML SDK): real styles, Chinese numbering through
/// numbering definitions, key figures and meta as tables, header, "— 1 —" page numbers as a PAGE
/// field, footnotes, document properties. The same input always gives the same bytes: explicit
/// relationship ids, our own docProps/core.xml, zip entries with a fixed time and order.
/// </summary>
public static class DocxWriter
{
    public static byte[] Write(BriefingDocument document, DocxWriterOptions? options = null) => Write(document, options, diagnostics: null);

    /// <summary>
    /// Writes the handout; what it could not keep — characters XML forbids
    /// (<see cref="DiagnosticKinds.XmlForbiddenCharacters"/>), the parts of a reference document it
    /// could not take (<c>EB412</c>–<c>EB416</c>) — is added to <paramref name="diagnostics"/>.
    /// </summary>
    public static byte[] Write(BriefingDocument document, DocxWriterOptions? options, ICollection<Diagnostic>? diagnostics)
    {
        options ??= new DocxWriterOptions();
        var removed = new List<int>();
        var settings = document.Settings;
        var reference = options.ReferenceDocx is { } path ? ReferenceDocx.Load(path, diagnostics) : null;
        var context = new DocxRenderContext(settings);

        var rewrites = new Dictionary<string, Func<Stream, byte[]>>(StableIds, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = package.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = DocxStyles.Build(settings, DocxNumbering.HeadingsNum, withCode: Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.CodeBlock>(document.Ast).Any(CodeBlockLines.IsCode));
            reference?.ApplyStyles(styles.Styles);
            var embedding = settings.EmbedFonts ? new DocxFontEmbedding(styles.Styles) : null;

            // Numbering and footnotes are known once the body is rendered; their parts come now, in their place.
            var numbering = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");

            var settingsPart = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            settingsPart.Settings = DocumentSettings(settings, OutsidePageNumbers(settings));

            var fonts = main.AddNewPart<FontTablePart>("rIdFontTable");
            fonts.Fonts = FontTable(settings);

            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            header.Header = reference?.Header() ?? Clean(Header(settings), removed);
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = reference?.Footer() ?? Clean(Footer(settings, PageSide.Odd), removed);
            var sides = OutsidePageNumbers(settings);
            if (sides)
            {
                // GB/T 9704 §7.5: odd pages' numbers on the right, even pages' on the left (w:evenAndOddHeaders).
                main.AddNewPart<HeaderPart>("rIdHeaderEven").Header = reference?.Header() ?? Clean(Header(settings), removed);
                main.AddNewPart<FooterPart>("rIdFooterEven").Footer = reference?.Footer() ?? Clean(Footer(settings, PageSide.Even), removed);
            }

            var footnotes = main.AddNewPart<FootnotesPart>("rIdFootnotes");

            var section = WithReference(Section(settings), reference?.SectionProperties());
            if (sides)
            {
                section.PrependChild(new FooterReference { Type = HeaderFooterValues.Even, Id = "rIdFooterEven" });
            }

            section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" });
            if (sides)
            {
                section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Even, Id = "rIdHeaderEven" });
            }

            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" });

            // The body is written block by block as it is rendered, never held whole: a report of
            // thousands of items would otherwise be one document tree of several hundred megabytes.
            using (var writer = OpenXmlWriter.Create(main.GetStream(FileMode.Create), new UTF8Encoding(false)))
            {
                writer.WriteStartDocument();
                writer.WriteStartElement(new DocumentFormat.OpenXml.Wordprocessing.Document());
                writer.WriteStartElement(new Body());
                foreach (var block in document.Ast)
                {
                    foreach (var element in context.Render(block))
                    {
                        writer.WriteElement(Clean(element, removed));
                        embedding?.Add(element);
                    }
                }

                writer.WriteElement(section);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            numbering.Numbering = context.Numbering.Build(settings.BaseFontSize);
            footnotes.Footnotes = Clean(Footnotes(context), removed);
            if (embedding is not null)
            {
                foreach (var part in main.HeaderParts.Select(h => (OpenXmlElement)h.Header).Concat(main.FooterParts.Select(f => f.Footer)).Append(footnotes.Footnotes))
                {
                    embedding.Add(part);
                }

                foreach (var (name, data) in embedding.Embed(fonts, fonts.Fonts, settings.Fonts))
                {
                    rewrites[name] = _ => data;
                }
            }

            var core = package.AddCoreFilePropertiesPart();
            using (var writer = new StreamWriter(core.GetStream(FileMode.Create), new UTF8Encoding(false)))
            {
                writer.Write(CoreProperties(settings, options.Date ?? ReproducibleDate.For(settings), removed));
            }
        }

        if (diagnostics is not null && XmlCharacters.Warning(removed) is { } warning)
        {
            diagnostics.Add(DiagnosticKinds.XmlForbiddenCharacters.Of(warning));
        }

        return ReproducibleZip.Normalize(stream.ToArray(), rewrites);
    }

    /// <summary>The text of <paramref name="element"/> without the characters XML forbids (the XML writer would throw on them).</summary>
    private static T Clean<T>(T element, List<int> removed)
        where T : OpenXmlElement
    {
        foreach (var text in element.Descendants<OpenXmlLeafTextElement>())
        {
            text.Text = XmlCharacters.Clean(text.Text, removed);
        }

        return element;
    }

    private static readonly Dictionary<string, Func<Stream, byte[]>> StableIds = new(StringComparer.Ordinal) { ["_rels/.rels"] = StableRelationshipIds };

    /// <summary>The SDK names package-level relationships at random (R + hex): give them fixed names.</summary>
    private static byte[] StableRelationshipIds(Stream rels)
    {
        var xml = new XmlDocument();
        xml.Load(rels);
        var n = 1;
        foreach (XmlElement r in xml.GetElementsByTagName("Relationship"))
        {
            r.SetAttribute("Id", "rId" + n.ToString(CultureInfo.InvariantCulture));
            n++;
        }

        using var result = new MemoryStream();
        using (var w = XmlWriter.Create(result, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.Save(w);
        }

        return result.ToArray();
    }

    /// <summary>Our page setup with each part the reference has (page size, margins, columns…) taken from it instead.</summary>
    private static SectionProperties WithReference(SectionProperties ours, SectionProperties? theirs)
    {
        foreach (var element in theirs?.Elements().ToList() ?? [])
        {
            var copy = element.CloneNode(true);
            if (ours.Elements().FirstOrDefault(e => e.GetType() == element.GetType()) is { } mine)
            {
                mine.InsertAfterSelf(copy);
                mine.Remove();
            }
            else if (ours.GetFirstChild<DocGrid>() is { } grid)
            {
                // Columns: the only one of the reference's that ours lacks; it goes before the grid (§17.6.17).
                grid.InsertBeforeSelf(copy);
            }
            else
            {
                ours.Append(copy);
            }
        }

        return ours;
    }

    private static SectionProperties Section(DocumentSettings s)
    {
        var (w, h) = s.PaperSize;
        var m = s.Margins;
        return new SectionProperties(
            new PageSize { Width = (UInt32Value)(uint)Units.TwipsFromMillimetres(w), Height = (UInt32Value)(uint)Units.TwipsFromMillimetres(h) },
            new PageMargin
            {
                Top = Units.TwipsFromMillimetres(m.Top),
                Bottom = Units.TwipsFromMillimetres(m.Bottom),
                Left = (UInt32Value)(uint)Units.TwipsFromMillimetres(m.Left),
                Right = (UInt32Value)(uint)Units.TwipsFromMillimetres(m.Right),
                Header = (UInt32Value)(uint)Units.TwipsFromMillimetres(Math.Max(10, m.Top - 15)),
                Footer = (UInt32Value)(uint)Units.TwipsFromMillimetres(Math.Max(10, m.Bottom - 28)),
                Gutter = 0,
            },
            new PageNumberType { Format = NumberFormatValues.Decimal, Start = 1 },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = (int)Math.Round(s.GridPitch * 20) });
    }

    private static Header Header(DocumentSettings s)
    {
        var p = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = DocxStyles.Header },
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = Palette.Hex(Palette.WordBorder) })));
        if (s.Header is { } text)
        {
            p.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return new Header(p);
    }

    /// <summary>
    /// Whether odd and even pages put their numbers on their outer sides, as the settings ask: in Word
    /// even for a one-page template (the one-page summary, the comparison), whose Word file runs on to
    /// as many pages as its content takes.
    /// </summary>
    private static bool OutsidePageNumbers(DocumentSettings s) => s.PageNumbersOutside;

    private enum PageSide
    {
        Odd,
        Even,
    }

    /// <summary>
    /// "— PAGE —" in 宋体 4号 (GB/T 9704 §7.5): with outside page numbers, an odd page's on the right and an
    /// even page's on the left, one character (14 pt) in from the margin; else centred. {pages} becomes a
    /// NUMPAGES field.
    /// </summary>
    private static Footer Footer(DocumentSettings s, PageSide side)
    {
        const int OneCharacter = 280; // 4号, 14 pt, in twips
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Footer });
        if (OutsidePageNumbers(s))
        {
            properties.Append(
                side == PageSide.Odd ? new Indentation { Left = "0", Right = OneCharacter.ToString(CultureInfo.InvariantCulture) } : new Indentation { Left = OneCharacter.ToString(CultureInfo.InvariantCulture), Right = "0" },
                new Justification { Val = side == PageSide.Odd ? JustificationValues.Right : JustificationValues.Left });
        }

        var p = new Paragraph(properties);
        RunProperties Props() => new(new RunFonts { Ascii = "宋体", HighAnsi = "宋体", EastAsia = "宋体", Hint = FontTypeHintValues.EastAsia });
        var format = s.PageNumber;
        var i = 0;
        while (i < format.Length)
        {
            var next = format.IndexOf('{', i);
            if (next < 0)
            {
                next = format.Length;
            }

            if (next > i)
            {
                p.Append(new Run(Props(), new Text(format[i..next]) { Space = SpaceProcessingModeValues.Preserve }));
            }

            if (next >= format.Length)
            {
                break;
            }

            var close = format.IndexOf('}', next);
            var field = close > next ? format[(next + 1)..close] : string.Empty;
            var instruction = field switch { "page" => " PAGE ", "pages" => " NUMPAGES ", _ => null };
            if (instruction is not null)
            {
                p.Append(
                    new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(Props(), new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
                    new Run(Props(), new Text("1")),
                    new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            i = close > next ? close + 1 : format.Length;
        }

        var footer = new Footer(p);
        if (s.Footer is { } text)
        {
            footer.Append(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Caption }),
                new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        }

        return footer;
    }

    private static Footnotes Footnotes(DocxRenderContext context)
    {
        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        foreach (var (id, content) in context.Footnotes)
        {
            var note = new Footnote { Id = id };
            note.Append(content);
            footnotes.Append(note);
        }

        return footnotes;
    }

    private static Settings DocumentSettings(DocumentSettings s, bool evenAndOdd)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 420 });
        if (evenAndOdd)
        {
            settings.Append(new EvenAndOddHeaders());
        }

        settings.Append(
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = s.Language },
            new DecimalSymbol { Val = "." },
            new ListSeparator { Val = "," });
        return settings;
    }

    /// <summary>
    /// Each font the styles name, with the GB 2312 charset, its kind (roman for the serif faces, swiss for
    /// 黑体) and one alternative (<see cref="DocxFonts.Alternative"/>): ISO/IEC 29500-1 §17.8.3.1 reads
    /// w:altName as a comma-separated list, but Word takes the whole value as one name of at most 31
    /// characters (MS-OI29500 2.1.262), so a list there matches nothing.
    /// </summary>
    private static Fonts FontTable(DocumentSettings s)
    {
        var fonts = new Fonts();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in s.Fonts.Roles().Append("宋体, SimSun").Append(DocxFonts.Latin))
        {
            var names = DocxFonts.Names(role);
            if (!seen.Add(names[0]))
            {
                continue;
            }

            var latin = names[0] == DocxFonts.Latin;
            var font = new Font { Name = names[0] };
            if (DocxFonts.Alternative(names) is { } alternative)
            {
                font.Append(new AltName { Val = alternative });
            }

            font.Append(
                new FontCharSet { Val = latin ? "00" : "86" },
                new FontFamily { Val = !latin && FontRoleNames.IsSans(role) ? FontFamilyValues.Swiss : FontFamilyValues.Roman },
                new Pitch { Val = FontPitchValues.Variable });
            fonts.Append(font);
        }

        return fonts;
    }

    private static string CoreProperties(DocumentSettings s, DateTime date, List<int> removed)
    {
        string X(string? v) => System.Security.SecurityElement.Escape(XmlCharacters.Clean(v ?? string.Empty, removed));
        // A date of no kind is UTC (ToUniversalTime would take it as local: other bytes in another time zone).
        var when = (date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{X(s.Title)}</dc:title><dc:subject>{X(s.Subject)}</dc:subject><dc:creator>{X(s.Author)}</dc:creator>"
            + $"<cp:keywords>{X(s.Keywords)}</cp:keywords><dc:language>{X(s.Language)}</dc:language><cp:lastModifiedBy>EcoBrief</cp:lastModifiedBy>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified>"
            + "</cp:coreProperties>";
    }
}
