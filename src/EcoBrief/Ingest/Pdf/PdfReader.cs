using System.Globalization;
using EcoBrief.Diagnostics;
using EcoBrief.IO;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace EcoBrief.Ingest.Pdf;

/// <summary>
/// A report kept as a PDF: its text layer, read with PdfPig (Apache-2.0) page by page, in reading order
/// (<see cref="PageLayout"/>: rows by baseline, two-column pages column by column); page numbers and
/// running headers and footers left out (<see cref="PageFurniture"/>); lines joined into the paragraphs
/// they print (<see cref="ParagraphJoiner"/>). Each line keeps its page and its line on the page
/// (<see cref="SourceMap.PdfPages"/>). A PDF without a text layer (a scan) is refused: EcoBrief does no
/// OCR. What it would cost is bounded before it is spent: streams decode within a budget
/// (<see cref="BoundedFilterProvider"/>), a page's runs of text are counted before its glyphs are made
/// (<see cref="ContentScan"/>), and a page, and the document, may draw only so many characters
/// (<see cref="InputLimits"/>).
/// </summary>
public sealed class PdfReader : ISourceReader
{
    public string Format => "pdf";

    public bool Accepts(ReportSource source) => SourceFormats.Names(source, SourceFormat.Pdf);

    public IngestedReport Read(ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = source.Bytes;
        if (!FileSignature.IsPdf(bytes.Span))
        {
            throw FileSignature.NotA("a PDF", bytes);
        }

        var budget = new DecodeBudget(InputLimits.SourceUnpacked);
        var filters = new BoundedFilterProvider(budget);
        using var document = Call(budget, null, () => PdfDocument.Open(bytes, new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            ClipPaths = false,
            FilterProvider = filters,

            // The glyphs of a marked-content span with replacement text (/ActualText, PDF 14.9.4) read as
            // that text, not as their font's map back to text (ToUnicode): a producer gives it where the
            // map cannot say what a glyph spells (EcoBrief's own PDFs: the ligature of the dash pair ——,
            // the zh-Hans forms of — and of ASCII quotes). The span's first glyph carries the text, the
            // others none.
            UseActualText = true,
        }));
        var dictionaries = Call(budget, null, () => ContentScan.Pages(document));
        var pages = new List<List<PdfTextLine>>(document.NumberOfPages);
        var empty = new List<int>();
        var (characters, unmapped, firstUnmapped) = (0, 0, 0);
        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            var number = n;
            if (number <= dictionaries.Count)
            {
                var runs = Call(budget, number, () => ContentScan.TextRuns(dictionaries[number - 1], document.Structure.TokenScanner, filters, InputLimits.PdfPageCharacters));
                if (runs > InputLimits.PdfPageCharacters)
                {
                    throw new InputRejectedException(string.Create(CultureInfo.InvariantCulture, $"not a PDF EcoBrief reads: page {number} shows more than {InputLimits.PdfPageCharacters:N0} runs of text (a page of a report shows a few thousand)"));
                }
            }

            var letters = Call(budget, number, () => document.GetPage(number).Letters);
            characters += letters.Count;
            if (letters.Count > InputLimits.PdfPageCharacters || characters > InputLimits.PdfCharacters)
            {
                throw new InputRejectedException(string.Create(CultureInfo.InvariantCulture,
                    $"not a PDF EcoBrief reads: {(letters.Count > InputLimits.PdfPageCharacters ? $"page {number} draws {letters.Count:N0} characters, more than the {InputLimits.PdfPageCharacters:N0} a page may" : $"it draws more than {InputLimits.PdfCharacters:N0} characters")}"));
            }

            var glyphs = Glyphs(letters, out var lost);
            if (lost > 0)
            {
                unmapped += lost;
                firstUnmapped = firstUnmapped == 0 ? number : firstUnmapped;
            }

            if (glyphs.Count == 0)
            {
                empty.Add(number);
            }

            pages.Add(PageLayout.Lines(glyphs, number));
        }

        if (pages.All(p => p.Count == 0))
        {
            throw new InputRejectedException(unmapped > 0
                ? $"the PDF's text cannot be read: its fonts map its {unmapped:N0} characters to no Unicode text (made without ToUnicode maps); EcoBrief does no OCR"
                : "the PDF has no text layer (a scanned document?): EcoBrief reads the text a PDF holds and does no OCR — run OCR first (ocrmypdf -l chi_sim in.pdf out.pdf)");
        }

        if (unmapped > characters / 2)
        {
            throw new InputRejectedException(string.Create(CultureInfo.InvariantCulture,
                $"the PDF's text cannot be read: its fonts map {unmapped:N0} of its {characters:N0} characters to no Unicode text (made without ToUnicode maps); EcoBrief does no OCR"));
        }

        return Ingest(pages, empty, unmapped, firstUnmapped);
    }

    private static IngestedReport Ingest(List<List<PdfTextLine>> pages, List<int> empty, int unmapped, int firstUnmapped)
    {
        var furniture = PageFurniture.Find(pages);
        var starts = new List<int>(pages.Count);
        var body = new List<PdfTextLine>();
        var number = 0;
        foreach (var page in pages)
        {
            starts.Add(number + 1);
            foreach (var line in page)
            {
                line.Number = ++number;
                if (!furniture.Contains(line))
                {
                    body.Add(line);
                }
            }
        }

        if (body.Count == 0)
        {
            throw new InputRejectedException("the PDF has no text but page numbers and running headers");
        }

        var diagnostics = new List<Diagnostic>();
        if (empty.Count > 0)
        {
            diagnostics.Add(DiagnosticKinds.PdfPagesWithoutText.Of(string.Create(CultureInfo.InvariantCulture,
                $"{empty.Count} page(s) with no text layer left out (scanned?): page {Pages(empty)}; EcoBrief does no OCR")));
        }

        if (unmapped > 0)
        {
            diagnostics.Add(DiagnosticKinds.PdfUnmappedCharacters.Of(string.Create(CultureInfo.InvariantCulture,
                $"{unmapped:N0} character(s) the PDF's fonts map to no Unicode text left out, the first on page {firstUnmapped}")));
        }

        var original = string.Join('\n', pages.SelectMany(p => p).Select(l => l.Text));
        return ReportReader.CleanLines(ParagraphJoiner.Join(body), original, "PDF", diagnostics, SourceFormat.Pdf, SourceMap.PdfPages(starts));
    }

    /// <summary>The glyphs of a page's dominant direction of text (a watermark at an angle, a stamp, is left out), in its reading space.</summary>
    private static List<PdfGlyph> Glyphs(IReadOnlyList<Letter> letters, out int unmapped)
    {
        unmapped = 0;
        var counts = new int[5];
        foreach (var l in letters)
        {
            counts[(int)l.TextOrientation]++;
        }

        var direction = (TextOrientation)Array.IndexOf(counts, counts.Max());
        var glyphs = new List<PdfGlyph>(letters.Count);
        foreach (var l in letters)
        {
            if (l.TextOrientation != direction || direction == TextOrientation.Other)
            {
                continue;
            }

            var text = l.Value;
            if (text is { Length: 0 })
            {
                // The rest of a span whose replacement text the first glyph carries.
                continue;
            }

            if (text is null || !IsText(text))
            {
                unmapped++;
                continue;
            }

            // The Chinese dash (——) is U+2014 in text, but fonts draw it and U+2015 with one glyph, and a
            // PDF's map back to text (ToUnicode; GBK's A1AA, as cp936 maps it) often names U+2015.
            text = text.Replace('\u2015', '\u2014');
            var size = l.PointSize > 0 ? l.PointSize : l.FontSize > 0 ? l.FontSize : Math.Abs(l.Width);
            if (size <= 0)
            {
                continue;
            }

            var (s, e) = (l.StartBaseLine, l.EndBaseLine);
            glyphs.Add(direction switch
            {
                TextOrientation.Rotate180 => new PdfGlyph(text, -s.X, -e.X, -s.Y, size),
                TextOrientation.Rotate90 => new PdfGlyph(text, s.Y, e.Y, -s.X, size),
                TextOrientation.Rotate270 => new PdfGlyph(text, -s.Y, -e.Y, s.X, size),
                _ => new PdfGlyph(text, s.X, e.X, s.Y, size),
            });
        }

        return glyphs;
    }

    /// <summary>Text a font maps to Unicode: not the replacement character, a private-use code (a glyph id passed through) or a control.</summary>
    private static bool IsText(string text)
    {
        foreach (var c in text)
        {
            if (c is '\uFFFD' or (>= '\uE000' and <= '\uF8FF') || (char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Pages(List<int> pages) =>
        pages.Count <= 10 ? string.Join(", ", pages) : string.Join(", ", pages.Take(10)) + ", …";

    /// <summary>Runs a step of PdfPig's, its failures said in one line: encrypted, over the budget, or damaged.</summary>
    private static T Call<T>(DecodeBudget budget, int? page, Func<T> step)
    {
        try
        {
            var result = step();
            return budget.Exceeded ? throw budget.Refusal() : result;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new InputRejectedException("the PDF is encrypted with a password, which EcoBrief does not ask for: remove it first (qpdf --decrypt --password=PASSWORD in.pdf out.pdf)", e);
        }
        catch (Exception e) when (e is not (UserErrorException or OutOfMemoryException or OperationCanceledException))
        {
            if (budget.Exceeded)
            {
                throw budget.Refusal();
            }

            var reason = e.Message.ReplaceLineEndings(" ").Trim();
            reason = reason.Length > 160 ? reason[..160] + "…" : reason;
            throw new InputRejectedException(page is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"page {p} of the PDF cannot be read: it is damaged ({reason})")
                : $"not a PDF EcoBrief can read: it is damaged ({reason})", e);
        }
    }
}
