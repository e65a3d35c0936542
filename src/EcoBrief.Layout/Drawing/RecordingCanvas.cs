namespace EcoBrief.Layout.Drawing;

/// <summary>A canvas that remembers what was drawn: for tests, and to replay a laid-out page onto PDF or raster.</summary>
public sealed class RecordingCanvas : ICanvas
{
    public List<DrawCommand> Commands { get; } = [];

    public IEnumerable<GlyphRun> Runs => Commands.OfType<GlyphsCommand>().Select(c => c.Run);

    public void DrawGlyphs(GlyphRun run) => Commands.Add(new GlyphsCommand(run));

    public void FillRectangle(float x, float y, float width, float height, Color color) => Commands.Add(new FillCommand(x, y, width, height, color));

    public void StrokeRectangle(float x, float y, float width, float height, Color color, float lineWidth) => Commands.Add(new StrokeCommand(x, y, width, height, color, lineWidth));

    public void DrawLine(float x1, float y1, float x2, float y2, Color color, float lineWidth) => Commands.Add(new LineCommand(x1, y1, x2, y2, color, lineWidth));

    public void AddBookmark(string title, int level, float y) => Commands.Add(new BookmarkCommand(title, level, y));

    public void ReplayOn(ICanvas canvas)
    {
        foreach (var c in Commands)
        {
            c.Replay(canvas);
        }
    }
}
