using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document;
using EcoBrief.Document.Conventions;

namespace EcoBrief.Docx;

/// <summary>
/// The styles part: named styles a user recognises and can restyle (Title, Subtitle, Heading 1–3,
/// Normal, List Paragraph, a table style, Caption, Quote, Header, Footer, footnotes). With the
/// <c>gbt9704</c> preset they follow GB/T 9704: body 仿宋 3号 with a two-character first-line indent
/// on a fixed line pitch, title 小标宋 2号 centred, Heading 1 黑体, Heading 2 楷体.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string ListParagraph = "ListParagraph";
    public const string TableStyle = "EcoBriefTable";
    public const string Caption = "Caption";
    public const string Quote = "Quote";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string TableText = "TableText";
    public const string Emphasis = "Emphasis";
    public const string Strong = "Strong";
    public const string SourceCode = "SourceCode";

    /// <param name="s">The document's settings.</param>
    /// <param name="headingNumbering">The numbering the headings use.</param>
    /// <param name="withCode">The document has a code block: add the Source Code style (only then, so a handout without one keeps its bytes).</param>
    public static Styles Build(DocumentSettings s, int headingNumbering, bool withCode = false)
    {
        var body = s.BaseFontSize;
        var linePitch = s.LinePitch ?? body * 1.5;

        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    DocxFonts.RunFonts(s.Fonts.Body),
                    new Kern { Val = 0 },
                    new FontSize { Val = Units.HalfPoints(body) },
                    new FontSizeComplexScript { Val = Units.HalfPoints(body) },
                    new Languages { Val = "en-US", EastAsia = s.Language, Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new Kinsoku(),
                    new WordWrap { Val = false },
                    new AutoSpaceDE(),
                    new AutoSpaceDN(),
                    new SpacingBetweenLines { Before = "0", After = "0", Line = Units.Twips(linePitch), LineRule = s.LinePitch is null ? LineSpacingRuleValues.Auto : LineSpacingRuleValues.Exact }))));

        styles.Append(ParagraphStyle("Normal", "Normal", null, isDefault: true,
            new StyleParagraphProperties(
                s.FirstLineIndent ? new Indentation { FirstLineChars = 200, FirstLine = Units.Twips(body * 2) } : new Indentation(),
                new Justification { Val = JustificationValues.Both })));

        styles.Append(ParagraphStyle(Title, "Title", "Normal", false,
            new StyleParagraphProperties(
                new KeepNext(),
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Before = Units.Twips(body), After = Units.Twips(body), Line = Units.Twips(s.TitleFontSize * 1.5), LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Center },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(DocxFonts.RunFonts(s.Fonts.OfHeading(1)!), new FontSize { Val = Units.HalfPoints(s.TitleFontSize) }, new FontSizeComplexScript { Val = Units.HalfPoints(s.TitleFontSize) })));

        styles.Append(ParagraphStyle(Subtitle, "Subtitle", "Normal", false,
            new StyleParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { After = Units.Twips(body * 0.5) },
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(DocxFonts.RunFonts(s.Fonts.Emphasis), new Color { Val = Palette.Hex(Palette.WordMuted) })));

        styles.Append(Heading(Heading1, "heading 1", 0, s.Fonts.OfHeading(2)!, body, headingNumbering, bold: s.BoldHeadings));
        styles.Append(Heading(Heading2, "heading 2", 1, s.Fonts.OfHeading(3)!, body, headingNumbering, bold: s.BoldHeadings));
        styles.Append(Heading(Heading3, "heading 3", 2, s.Fonts.OfHeading(4) ?? s.Fonts.Body, body, headingNumbering, bold: true));

        styles.Append(ParagraphStyle(ListParagraph, "List Paragraph", "Normal", false,
            new StyleParagraphProperties(new Indentation { FirstLineChars = 0, FirstLine = "0", Left = Units.Twips(body * 2), Hanging = Units.Twips(body * 1.5) })));

        styles.Append(ParagraphStyle(TableText, "Table Text", "Normal", false,
            new StyleParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Before = "20", After = "20", Line = "300", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new FontSize { Val = Units.HalfPoints(body * 0.75) }, new FontSizeComplexScript { Val = Units.HalfPoints(body * 0.75) })));

        styles.Append(ParagraphStyle(Caption, "caption", "Normal", false,
            new StyleParagraphProperties(new SnapToGrid { Val = false }, new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLineChars = 0, FirstLine = "0" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Color { Val = Palette.Hex(Palette.WordCaption) }, new FontSize { Val = Units.HalfPoints(body * 0.75) })));

        styles.Append(ParagraphStyle(Quote, "Quote", "Normal", false,
            new StyleParagraphProperties(new Indentation { Left = Units.Twips(body * 2), Right = Units.Twips(body * 2) }),
            new StyleRunProperties(DocxFonts.RunFonts(s.Fonts.Emphasis), new Color { Val = Palette.Hex(Palette.WordMuted) })));

        if (withCode)
        {
            // Fixed-width Latin; CJK, full-width anyway, in the body's East Asian font.
            var fonts = DocxFonts.RunFonts(s.Fonts.Body);
            fonts.Ascii = fonts.HighAnsi = fonts.ComplexScript = "Courier New";
            styles.Append(ParagraphStyle(SourceCode, "Source Code", "Normal", false,
                new StyleParagraphProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Palette.Hex(Palette.Shade) },
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Before = "60", After = "60", Line = "276", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { FirstLineChars = 0, FirstLine = "0" },
                    new Justification { Val = JustificationValues.Left }),
                new StyleRunProperties(fonts, new FontSize { Val = Units.HalfPoints(body * 0.85) }, new FontSizeComplexScript { Val = Units.HalfPoints(body * 0.85) })));
        }

        foreach (var (id, name) in new[] { (Header, "header"), (Footer, "footer") })
        {
            styles.Append(ParagraphStyle(id, name, "Normal", false,
                new StyleParagraphProperties(
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { FirstLineChars = 0, FirstLine = "0" },
                    new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new FontSize { Val = id == Footer ? "28" : "21" }, new FontSizeComplexScript { Val = id == Footer ? "28" : "21" })));
        }

        styles.Append(ParagraphStyle(FootnoteText, "footnote text", "Normal", false,
            new StyleParagraphProperties(new SnapToGrid { Val = false }, new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLineChars = 0, FirstLine = "0" }, new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new FontSize { Val = Units.HalfPoints(Math.Min(body * 0.65, 10.5)) }, new FontSizeComplexScript { Val = Units.HalfPoints(Math.Min(body * 0.65, 10.5)) })));

        styles.Append(new Style(
            new StyleName { Val = "footnote reference" },
            new UIPriority { Val = 99 },
            new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
        { Type = StyleValues.Character, StyleId = FootnoteReference });

        styles.Append(new Style(
            new StyleName { Val = "Emphasis" },
            new UIPriority { Val = 20 },
            new PrimaryStyle(),
            new StyleRunProperties(DocxFonts.RunFonts(s.Fonts.Emphasis)))
        { Type = StyleValues.Character, StyleId = Emphasis });

        styles.Append(new Style(
            new StyleName { Val = "Strong" },
            new UIPriority { Val = 22 },
            new PrimaryStyle(),
            new StyleRunProperties(DocxFonts.RunFonts(s.Fonts.Heading), new Bold(), new BoldComplexScript()))
        { Type = StyleValues.Character, StyleId = Strong });

        styles.Append(new Style(
            new StyleName { Val = "EcoBrief Table" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = Palette.Hex(Palette.WordBorder) },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = Palette.Hex(Palette.WordBorder) },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = Palette.Hex(Palette.WordBorder) },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = Palette.Hex(Palette.WordBorder) },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = Palette.Hex(Palette.WordBorder) },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = Palette.Hex(Palette.WordBorder) }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold(), new BoldComplexScript()),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Palette.Hex(Palette.WordTableHeader) }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = TableStyle });

        styles.Append(new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }, new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

        return styles;
    }

    private static Style Heading(string id, string name, int level, string fonts, double size, int numberingId, bool bold)
    {
        var ppr = new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId }),
            new Indentation { FirstLineChars = 200, FirstLine = Units.Twips(size * 2) },
            new OutlineLevel { Val = level });
        var rpr = new StyleRunProperties(DocxFonts.RunFonts(fonts));
        if (bold)
        {
            rpr.Append(new Bold(), new BoldComplexScript());
        }

        return ParagraphStyle(id, name, "Normal", false, ppr, rpr, next: "Normal");
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, params OpenXmlElement[] properties) =>
        ParagraphStyle(id, name, basedOn, isDefault, properties, next: null);

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, OpenXmlElement ppr, OpenXmlElement rpr, string next) =>
        ParagraphStyle(id, name, basedOn, isDefault, [ppr, rpr], next);

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, OpenXmlElement[] properties, string? next)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        style.Append(new PrimaryStyle());
        foreach (var p in properties)
        {
            style.Append(p);
        }

        return style;
    }
}
