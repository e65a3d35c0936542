namespace EcoBrief.Model;

/// <summary>Where an extracted item came from.</summary>
/// <param name="Start">Offset of the first character in the cleaned text.</param>
/// <param name="End">Offset one past the last character in the cleaned text.</param>
/// <param name="Line">1-based line of the original source file.</param>
public sealed record SourceSpan(int Start, int End, int Line)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => End - Start;
}
