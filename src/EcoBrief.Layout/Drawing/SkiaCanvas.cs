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
        using var font = new SKFont(typefaces(run.Face), run.Size) { Subpixel = true, Edging = SKFontEdging.Antialias };
        using var builder = new SKTextBlobBuilder();
        var glyphs = new ushort[run.Glyphs.Length];
        var positions = new SKPoint[run.Glyphs.Length];
        for (var i = 0; i < glyphs.Length; i++)
        {
            glyphs[i] = glyphIds is null ? (ushort)run.Glyphs[i] : glyphIds(run.Face, run.Glyphs[i]);
            positions[i] = new SKPoint(run.X[i], run.Y[i]);
        }

        builder.AddPositionedRun(glyphs, font, positions);
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

    private static SKPaint Paint(Color c) => new() { Color = new SKColor(c.R, c.G, c.B, c.A), IsAntialias = true };
}
