namespace EcoBrief.Document;

/// <summary>
/// How a document should look, read from the template's YAML front matter over the defaults of its
/// preset. Writers read these; templates set them.
/// </summary>
/// <remarks>
/// The <c>gbt9704</c> preset follows GB/T 9704-2012 (党政机关公文格式) as commonly applied: A4, margins
/// 37/28/26/35 mm, body 3号 (16 pt) 仿宋, title 2号 (22 pt) 小标宋, headings 黑体 and 楷体, page
/// numbers "— 1 —" in 4号 (14 pt).
/// </remarks>
public sealed record DocumentSettings
{
    public string Template { get; init; } = "custom";

    /// <summary>The name of the preset these settings started from (<see cref="Presets"/>); writers read the settings, never this name.</summary>
    public string Preset { get; init; } = "gbt9704";

    /// <summary>Paper name; only A4 (210 × 297 mm) and Letter are known.</summary>
    public string Paper { get; init; } = "A4";

    public PageMargins Margins { get; init; } = new(37, 28, 26, 35);

    /// <summary>Body text size in points.</summary>
    public double BaseFontSize { get; init; } = 16;

    /// <summary>Title size in points.</summary>
    public double TitleFontSize { get; init; } = 22;

    /// <summary>The smallest body size a writer may shrink to when the content must fit.</summary>
    public double MinFontSize { get; init; } = 9;

    /// <summary>
    /// The largest body size a writer may grow to when everything fits one page with room to spare,
    /// so that a short summary still fills its page; null for <see cref="BaseFontSize"/> (no growth).
    /// </summary>
    public double? MaxFontSize { get; init; }

    public FontRoles Fonts { get; init; } = Presets.GbT9704Fonts;

    /// <summary>Text at the top of every page; null for none.</summary>
    public string? Header { get; init; }

    /// <summary>Text at the foot of every page, beside the page number; null for none.</summary>
    public string? Footer { get; init; }

    /// <summary>Page number format; {page} and {pages} are replaced. GB/T 9704: "— {page} —".</summary>
    public string PageNumber { get; init; } = "— {page} —";

    /// <summary>
    /// Page numbers on the outer side, one character in (GB/T 9704-2012 §7.5: 单页码居右空一字，双页码居左空一字):
    /// odd pages' on the right, even pages' on the left; false centres them. A one-page PDF's is centred either way (its Word file, which may run on, is not).
    /// </summary>
    public bool PageNumbersOutside { get; init; } = true;

    /// <summary>The output must fit on one page: writers drop detail, then items, then shrink type.</summary>
    public bool OnePage { get; init; }

    /// <summary>When fitting to one page, never fewer items than this per list.</summary>
    public int MinItems { get; init; } = 3;

    /// <summary>
    /// When fitting drops items of a list, the line that ends the list instead; {n} is replaced by the
    /// number left out. Null for none.
    /// </summary>
    public string? CutNote { get; init; } = "……（另有{n}项，见讲义）";

    /// <summary>When fitting drops the detail of some items, a closing line that says so. Null for none.</summary>
    public string? DetailNote { get; init; } = "注：限于篇幅，部分事项的说明从略，详见讲义。";

    /// <summary>
    /// The template whose files hold what fitting leaves out (the handout), which <see cref="CutNote"/>
    /// and <see cref="DetailNote"/> point the reader to; when a run builds no file of it, the notes are
    /// <see cref="CutNoteAlone"/> and <see cref="DetailNoteAlone"/> instead (<see cref="WithoutReferredTemplate"/>).
    /// Null when the notes name no other document.
    /// </summary>
    public string? NotesReferTo { get; init; } = "handout";

    /// <summary>The cut note when no file of <see cref="NotesReferTo"/> is built: it says items were left out, and points nowhere. Null for none.</summary>
    public string? CutNoteAlone { get; init; } = "……（另有{n}项从略）";

    /// <summary>The detail note when no file of <see cref="NotesReferTo"/> is built. Null for none.</summary>
    public string? DetailNoteAlone { get; init; } = "注：限于篇幅，部分事项的说明从略。";

    /// <summary>These settings for a run that builds no file of <see cref="NotesReferTo"/>: the notes that point to no document.</summary>
    public DocumentSettings WithoutReferredTemplate() =>
        NotesReferTo is null ? this : this with { CutNote = CutNoteAlone, DetailNote = DetailNoteAlone, NotesReferTo = null };

    /// <summary>Writers number headings 一、（一）1.（1） by level (level 2 upward).</summary>
    public bool HeadingNumbering { get; init; } = true;

    /// <summary>Writers show each item's place in the report (footnotes in Word, notes elsewhere).</summary>
    public bool ShowSources { get; init; }

    /// <summary>
    /// The exact pitch of body lines in points, or null for 1.5 × the body size (at least, as the
    /// text needs). GB/T 9704: 28.9 pt, 22 lines on the 225 mm type area.
    /// </summary>
    public double? LinePitch { get; init; } = 28.9;

    /// <summary>The pitch of the page's line grid in points (Word's document grid): 28.95 pt for GB/T 9704, Word's default 18 pt otherwise.</summary>
    public double GridPitch { get; init; } = 28.95;

    /// <summary>Headings of levels 1 and 2 in bold; GB/T 9704 sets them in 黑体 and 楷体, which need none.</summary>
    public bool BoldHeadings { get; init; }

    /// <summary>Indent the first line of body paragraphs by two characters.</summary>
    public bool FirstLineIndent { get; init; } = true;

    /// <summary>
    /// The Word file carries, for each Chinese font it names, the shipped face the PDF draws that role
    /// with, cut to the characters it sets in it: a machine without 仿宋 or 黑体 (LibreOffice on Linux, a
    /// Mac) still tells title, headings and body apart. The faces keep their own names (Noto Serif CJK SC,
    /// Noto Sans CJK SC), which the font table gives Word as each font's alternative.
    /// </summary>
    public bool EmbedFonts { get; init; } = true;

    public string Language { get; init; } = "zh-CN";

    // Document properties (PDF metadata, docProps/core.xml).
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    /// <summary>The document's date (YYYY-MM-DD), used for reproducible creation dates.</summary>
    public string? Date { get; init; }

    /// <summary>Paper size in millimetres.</summary>
    public (double Width, double Height) PaperSize => Paper.ToUpperInvariant() switch
    {
        "LETTER" => (215.9, 279.4),
        _ => (210, 297),
    };
}
