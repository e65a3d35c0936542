using System.Text;
using EcoBrief.Layout.Text;
using SkiaSharp;

namespace EcoBrief.Layout.Drawing;

/// <summary>
/// Draws onto a Skia canvas (a PDF page or a bitmap), with a typeface for each font face and, when
/// that typeface is a subset with glyphs renumbered, the subset's id of each glyph.
/// </summary>
public sealed class SkiaCanvas(SKCanvas canvas, Func<FontFace, SKTypeface> typefaces, Func<FontFace, uint, ushort>? glyphIds = null) : ICanvas
{
    public List<(string Title, int Level, float Y)> Bookmarks { get; } = [];

    public void DrawGlyphs(GlyphRun run)
    {
        if (run.Glyphs.Length == 0)
        {
            return;
        }

        using var font = new SKFont(typefaces(run.Face), run.Size) { Subpixel = true, Edging = SKFontEdging.Antialias };
        using var builder = new SKTextBlobBuilder();

        // The run carries its text (UTF-8) and each glyph's cluster, its offset in that text. Skia's PDF
        // backend writes each glyph's map back to text (ToUnicode) from the font's cmap, and wraps a glyph
        // whose map does not spell its cluster in a span giving the text (/ActualText): the zh-Hans — (the
        // glyph the cmap gives U+2015), the ligature of ——, the zh-Hans ASCII quotes (glyphs the cmap does
        // not name). A raster canvas ignores them. (A run without text, which the layout does not make,
        // gets no clusters: Skia would allocate none.)
        var utf8 = Utf8Offsets(run.Text);
        var hasText = utf8[^1] > 0;
        var buffer = hasText
            ? builder.AllocateRawPositionedTextRun(font, run.Glyphs.Length, utf8[^1])
            : builder.AllocateRawPositionedRun(font, run.Glyphs.Length);
        Encoding.UTF8.GetBytes(run.Text, buffer.Text);
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            buffer.Glyphs[i] = glyphIds is null ? (ushort)run.Glyphs[i] : glyphIds(run.Face, run.Glyphs[i]);
            buffer.Positions[i] = new SKPoint(run.X[i], run.Y[i]);
            if (hasText)
            {
                buffer.Clusters[i] = (uint)utf8[run.Clusters[i]];
            }
        }

        using var blob = builder.Build();
        using var paint = Paint(run.Color);
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, paint);
        }
    }

    public void FillRectangle(float x, float y, float width, float height, Color color)
    {
        using var paint = Paint(color);
        canvas.DrawRect(x, y, width, height, paint);
    }

    public void StrokeRectangle(float x, float y, float width, float height, Color color, float lineWidth)
    {
        using var paint = Paint(color);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = lineWidth;
        canvas.DrawRect(x, y, width, height, paint);
    }

    public void DrawLine(float x1, float y1, float x2, float y2, Color color, float lineWidth)
    {
        using var paint = Paint(color);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = lineWidth;
        canvas.DrawLine(x1, y1, x2, y2, paint);
    }

    public void AddBookmark(string title, int level, float y) => Bookmarks.Add((title, level, y));

    /// <summary>The UTF-8 offset of each UTF-16 index of a text, and its UTF-8 length last (as Encoding.UTF8 writes it).</summary>
    private static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            for (var k = 0; k < used; k++)
            {
                offsets[i + k] = bytes;
            }

            bytes += rune.Utf8SequenceLength;
            i += used;
        }

        offsets[text.Length] = bytes;
        return offsets;
    }

    private static SKPaint Paint(Color c) => new() { Color = new SKColor(c.R, c.G, c.B, c.A), IsAntialias = true };
}
