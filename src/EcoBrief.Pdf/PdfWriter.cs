using EcoBrief.Document;
using EcoBrief.Layout.Drawing;
using EcoBrief.Layout.Paging;
using EcoBrief.Layout.Text;
using SkiaSharp;

namespace EcoBrief.Pdf;

/// <summary>
/// The document as PDF: laid out by <see cref="PdfLayout"/>, drawn by Skia's PDF backend with fonts
/// cut to the glyphs used (embedded as CID TrueType), then given bookmarks and a language.
/// The same input always gives the same bytes.
/// </summary>
public static class PdfWriter
{
    public static PdfResult Write(BriefingDocument document, PdfWriterOptions? options = null)
    {
        options ??= new PdfWriterOptions();
        var (pages, fit, warnings, fill) = PdfLayout.Lay(document);
        var bytes = Render(pages, document.Settings, options);
        return new PdfResult(bytes, pages, fit, warnings, fill);
    }

    private static byte[] Render(IReadOnlyList<LaidOutPage> pages, DocumentSettings settings, PdfWriterOptions options)
    {
        var typefaces = SubsetTypefaces(pages);
        try
        {
            var date = options.Date ?? ReproducibleDate.For(settings);
            var metadata = new SKDocumentPdfMetadata
            {
                Title = settings.Title ?? string.Empty,
                Author = settings.Author ?? string.Empty,
                Subject = settings.Subject ?? string.Empty,
                Keywords = settings.Keywords ?? string.Empty,
                Creator = options.Creator,
                Producer = "EcoBrief (SkiaSharp PDF)",
                Creation = date,
                Modified = date,
                RasterDpi = 300,
                PdfA = false,
                EncodingQuality = 101,
            };

            var bookmarks = new List<(string, int, int, float, float)>();
            using var stream = new MemoryStream();
            using (var pdf = SKDocument.CreatePdf(stream, metadata))
            {
                foreach (var page in pages)
                {
                    var canvas = pdf.BeginPage(page.Width, page.Height);
                    var skia = new SkiaCanvas(canvas, face => typefaces[face].Typeface, (face, glyph) => typefaces[face].Subset.Map(glyph));
                    page.Content.ReplayOn(skia);
                    bookmarks.AddRange(skia.Bookmarks.Select(b => (b.Title, b.Level, page.Number - 1, b.Y, page.Height)));
                    pdf.EndPage();
                }

                pdf.Close();
            }

            return PdfOutline.Add(PdfInfoDates.InUtc(stream.ToArray(), date), bookmarks, settings.Language);
        }
        finally
        {
            foreach (var (typeface, _) in typefaces.Values)
            {
                typeface.Dispose();
            }
        }
    }

    /// <summary>Each face used, cut to its glyphs and the characters drawn with it.</summary>
    private static Dictionary<FontFace, (SKTypeface Typeface, FontSubset Subset)> SubsetTypefaces(IReadOnlyList<LaidOutPage> pages)
    {
        var usage = new Dictionary<FontFace, (HashSet<uint> Glyphs, HashSet<int> CodePoints)>();
        foreach (var run in pages.SelectMany(p => p.Content.Runs))
        {
            if (!usage.TryGetValue(run.Face, out var u))
            {
                u = ([], []);
                usage[run.Face] = u;
            }

            u.Glyphs.UnionWith(run.Glyphs);
            for (var i = 0; i < run.Text.Length; i += char.IsSurrogatePair(run.Text, i) ? 2 : 1)
            {
                var cp = char.ConvertToUtf32(run.Text, i);
                if (run.Face.HasGlyph(cp))
                {
                    u.CodePoints.Add(cp);
                }
            }
        }

        var result = new Dictionary<FontFace, (SKTypeface, FontSubset)>();
        foreach (var (face, (glyphs, codePoints)) in usage.OrderBy(u => u.Key.Name, StringComparer.Ordinal))
        {
            var subset = FontSubsetter.Subset(face, glyphs.Order(), codePoints.Order());
            var typeface = SKTypeface.FromData(SKData.CreateCopy(subset.Data)) ?? throw new InvalidOperationException($"Skia could not load the subset of {face.Name}");
            result[face] = (typeface, subset);
        }

        return result;
    }
}
