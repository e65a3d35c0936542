namespace EcoBrief.Layout.Drawing;

/// <summary>One recorded call on a canvas.</summary>
public abstract record DrawCommand
{
    public abstract void Replay(ICanvas canvas);
}

public sealed record GlyphsCommand(GlyphRun Run) : DrawCommand
{
    public override void Replay(ICanvas canvas) => canvas.DrawGlyphs(Run);
}

public sealed record FillCommand(float X, float Y, float Width, float Height, Color Color) : DrawCommand
{
    public override void Replay(ICanvas canvas) => canvas.FillRectangle(X, Y, Width, Height, Color);
}

public sealed record StrokeCommand(float X, float Y, float Width, float Height, Color Color, float LineWidth) : DrawCommand
{
    public override void Replay(ICanvas canvas) => canvas.StrokeRectangle(X, Y, Width, Height, Color, LineWidth);
}

public sealed record LineCommand(float X1, float Y1, float X2, float Y2, Color Color, float LineWidth) : DrawCommand
{
    public override void Replay(ICanvas canvas) => canvas.DrawLine(X1, Y1, X2, Y2, Color, LineWidth);
}

public sealed record BookmarkCommand(string Title, int Level, float Y) : DrawCommand
{
    public override void Replay(ICanvas canvas) => canvas.AddBookmark(Title, Level, Y);
}
