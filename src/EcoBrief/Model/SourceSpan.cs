namespace EcoBrief.Model;

/// <summary>Where an extracted item came from.</summary>
/// <param name="Start">Offset of the first character in the cleaned text.</param>
/// <param name="End">Offset one past the last character in the cleaned text.</param>
/// <param name="Line">1-based line of the original source file.</param>
public sealed record SourceSpan(int Start, int End, int Line)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => End - Start;

    /// <summary>
    /// Where it stands in the report's own terms, for a reader with the report on paper: 一、（三）第2段
    /// (<c>OutlinePlaces</c>); null when not known. The handout's footnotes cite it; the line stays for tools.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Outline { get; init; }
}
