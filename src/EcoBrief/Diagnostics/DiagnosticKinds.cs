namespace EcoBrief.Diagnostics;

/// <summary>
/// Every kind of <see cref="Diagnostic"/> EcoBrief reports, with its stable code. A code is never
/// reused for another meaning; the README's table of codes is <see cref="All"/>.
/// </summary>
public static class DiagnosticKinds
{
    /// <summary>A warning read back from a <c>briefing.json</c>: only its text is stored.</summary>
    public static readonly DiagnosticKind Stored = new("EB000", DiagnosticStage.Extraction, "a warning read back from a briefing.json (only its text is kept)");

    public static readonly DiagnosticKind IncompleteUtf8 = new("EB101", DiagnosticStage.Ingest, "the file ends inside a UTF-8 character; its trailing bytes are dropped");

    public static readonly DiagnosticKind UndecodableBytes = new("EB102", DiagnosticStage.Ingest, "byte sequences that are neither UTF-8 nor GB18030 are replaced with U+FFFD (at the first one's line)", MessageNamesLine: true);

    public static readonly DiagnosticKind LoneSurrogates = new("EB103", DiagnosticStage.Ingest, "lone UTF-16 surrogates or an odd trailing byte are replaced with U+FFFD (at the first one's line)", MessageNamesLine: true);

    public static readonly DiagnosticKind ControlCharacters = new("EB104", DiagnosticStage.Ingest, "control characters are removed from the text");

    /// <summary>The text is a page's markup (a saved page, or paragraphs still in tags): its tags are removed.</summary>
    public static readonly DiagnosticKind HtmlMarkup = new("EB105", DiagnosticStage.Ingest, "the text is a web page's markup: its tags, scripts and styles are removed");

    /// <summary>A Markdown report opens with a fenced block that is not YAML: its lines are left out of the text, its fields unread.</summary>
    public static readonly DiagnosticKind InvalidFrontMatter = new("EB106", DiagnosticStage.Ingest, "the Markdown front matter is not valid YAML: its lines are left out and its fields are not read");

    /// <summary>Pages of a PDF draw no text (scanned among typeset pages): they are left out.</summary>
    public static readonly DiagnosticKind PdfPagesWithoutText = new("EB107", DiagnosticStage.Ingest, "PDF: pages with no text layer (scanned pages?) are left out; EcoBrief does no OCR");

    /// <summary>Characters a PDF's fonts give no Unicode for (a font embedded without a ToUnicode map): they are left out.</summary>
    public static readonly DiagnosticKind PdfUnmappedCharacters = new("EB108", DiagnosticStage.Ingest, "PDF: characters its fonts map to no Unicode text are left out (at the first one's page)");

    public static readonly DiagnosticKind NumberingGap = new("EB201", DiagnosticStage.Outline, "a numbered heading skips or repeats a number (一、 then 三、)");

    public static readonly DiagnosticKind NumberingStartsLate = new("EB202", DiagnosticStage.Outline, "a numbered list starts at a number other than its first");

    public static readonly DiagnosticKind OnePart = new("EB301", DiagnosticStage.Extraction, "fewer than two top-level parts: the whole text is read as one review");

    public static readonly DiagnosticKind NoAchievements = new("EB302", DiagnosticStage.Extraction, "no achievements in the review part (at its heading's line)");

    public static readonly DiagnosticKind NoChallenges = new("EB303", DiagnosticStage.Extraction, "no challenges found");

    public static readonly DiagnosticKind NoTasks = new("EB304", DiagnosticStage.Extraction, "no tasks found for the coming year");

    public static readonly DiagnosticKind NoTitle = new("EB305", DiagnosticStage.Extraction, "no title before the report's text");

    public static readonly DiagnosticKind NoSpeaker = new("EB306", DiagnosticStage.Extraction, "no speaker found");

    public static readonly DiagnosticKind NoDate = new("EB307", DiagnosticStage.Extraction, "no delivery or publication date found");

    public static readonly DiagnosticKind UnfitNumbers = new("EB308", DiagnosticStage.Extraction, "quantities whose number does not fit a figure (more than 28 digits, or written with an exponent) are left out of the figures", MessageNamesLine: true);

    /// <summary>A category of the summary is empty or below the confidence a reader can rely on: the summary says so in its place.</summary>
    public static readonly DiagnosticKind UnsureSection = new("EB309", DiagnosticStage.Extraction, "a section of the summary is empty or unsure (calibrated confidence below 50%): the summary says so in its place");

    public static readonly DiagnosticKind CorrectionHeadingNotFound = new("EB311", DiagnosticStage.Extraction, "a corrections file names a part heading the report does not have");

    public static readonly DiagnosticKind CorrectionDropUnmatched = new("EB312", DiagnosticStage.Extraction, "a corrections file's drop matches no item");

    public static readonly DiagnosticKind CorrectionRenameUnmatched = new("EB313", DiagnosticStage.Extraction, "a corrections file's rename matches no item");

    public static readonly DiagnosticKind CorrectionListNotFound = new("EB314", DiagnosticStage.Extraction, "a corrections file names a list kind the part does not have (EcoBrief's own choice is kept)");

    public static readonly DiagnosticKind MissingGlyph = new("EB401", DiagnosticStage.Writer, "PDF: no font can draw a character (drawn as nothing; the message says where and which font to install)");

    public static readonly DiagnosticKind XmlForbiddenCharacters = new("EB411", DiagnosticStage.Writer, "DOCX: characters XML 1.0 does not allow are left out");

    public static readonly DiagnosticKind ReferencePageSetupInvalid = new("EB412", DiagnosticStage.Writer, "DOCX: part of the reference document's page setup is not valid Word markup; EcoBrief's is used");

    public static readonly DiagnosticKind ReferencePageSize = new("EB413", DiagnosticStage.Writer, "DOCX: the reference document's page size is not one Word can print; EcoBrief's paper is used");

    public static readonly DiagnosticKind ReferenceMargins = new("EB414", DiagnosticStage.Writer, "DOCX: the reference document's margins leave less than an inch of the page; EcoBrief's are used");

    public static readonly DiagnosticKind ReferenceStylesInvalid = new("EB415", DiagnosticStage.Writer, "DOCX: the reference document's styles are not valid Word markup; EcoBrief's are used");

    public static readonly DiagnosticKind ReferenceStylesLeftOut = new("EB416", DiagnosticStage.Writer, "DOCX: some of the reference document's styles are not valid Word markup and are left out");

    public static readonly DiagnosticKind ReferenceHeaderNotTaken = new("EB417", DiagnosticStage.Writer, "DOCX: the reference document's header or footer has pictures or links of its own, which cannot follow it; EcoBrief's is used");

    /// <summary>Every kind, by code.</summary>
    public static IReadOnlyList<DiagnosticKind> All { get; } =
    [
        Stored, IncompleteUtf8, UndecodableBytes, LoneSurrogates, ControlCharacters, HtmlMarkup, InvalidFrontMatter, PdfPagesWithoutText, PdfUnmappedCharacters, NumberingGap, NumberingStartsLate,
        OnePart, NoAchievements, NoChallenges, NoTasks, NoTitle, NoSpeaker, NoDate, UnfitNumbers, UnsureSection,
        CorrectionHeadingNotFound, CorrectionDropUnmatched, CorrectionRenameUnmatched, CorrectionListNotFound,
        MissingGlyph, XmlForbiddenCharacters, ReferencePageSetupInvalid, ReferencePageSize, ReferenceMargins, ReferenceStylesInvalid, ReferenceStylesLeftOut, ReferenceHeaderNotTaken,
    ];
}
