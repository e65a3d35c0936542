namespace EcoBrief.Layout.Text;

/// <summary>A laid-out line: a range of characters, its width, height and baseline, and the extra space per gap when justified.</summary>
public readonly record struct TextLine(int Start, int End, float Width, float Height, float Baseline, float Indent, float GapExtra);
