using System.Collections.Concurrent;
using EcoBrief.Document;
using EcoBrief.Layout.Drawing;
using EcoBrief.Layout.Paging;
using EcoBrief.Layout.Text;
using SkiaSharp;

namespace EcoBrief.Pdf;

/// <summary>Pages as PNG images: the same layout as the PDF, replayed onto a raster canvas instead of the PDF one.</summary>
public static class PngPreview
{
    private static readonly ConcurrentDictionary<FontFace, SKTypeface> Typefaces = new();

    /// <param name="document">The document to lay out.</param>
    /// <param name="dpi">Resolution (72 gives one pixel per point).</param>
    /// <param name="page">A 1-based page number, or null for every page.</param>
    /// <returns>(page number, PNG bytes) for each page drawn.</returns>
    public static List<(int Page, byte[] Png)> Render(BriefingDocument document, int dpi = 100, int? page = null)
    {
        var (pages, _, _, _) = PdfLayout.Lay(document);
        if (page is { } p && (p < 1 || p > pages.Count))
        {
            throw new PageLayoutException($"page {p} does not exist: the document has {pages.Count} page(s)");
        }

        return [.. pages.Where(x => page is null || x.Number == page).Select(x => (x.Number, Png(x, dpi)))];
    }

    private static byte[] Png(LaidOutPage page, int dpi)
    {
        var scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(page.Width * scale), (int)Math.Ceiling(page.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        page.Content.ReplayOn(new SkiaCanvas(canvas, face => Typefaces.GetOrAdd(face, f => SKTypeface.FromData(SKData.CreateCopy(f.Data), f.Index))));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
