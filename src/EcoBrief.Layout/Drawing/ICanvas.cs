namespace EcoBrief.Layout.Drawing;

/// <summary>
/// Everything elements may do to a page. Coordinates are points from the top-left corner. Elements
/// draw only through this interface, so tests record calls instead of reading pixels, and the same
/// layout goes to a PDF, a PNG or a recording.
/// </summary>
public interface ICanvas
{
    void DrawGlyphs(GlyphRun run);

    void FillRectangle(float x, float y, float width, float height, Color color);

    void StrokeRectangle(float x, float y, float width, float height, Color color, float lineWidth);

    void DrawLine(float x1, float y1, float x2, float y2, Color color, float lineWidth);

    /// <summary>An entry of the document outline (PDF bookmarks) pointing at this page, at height y.</summary>
    void AddBookmark(string title, int level, float y);
}
