using System.Text.Json.Serialization;

namespace EcoBrief.Model;

/// <summary>Where an extracted item came from.</summary>
/// <param name="Start">Offset of the first character in the cleaned text.</param>
/// <param name="End">Offset one past the last character in the cleaned text.</param>
/// <param name="Line">
/// 1-based line of the original source file — for a PDF or a Word file, the number of the source's
/// own unit (a line of the PDF's text counted through the document, a paragraph of the Word file),
/// which <see cref="Place"/> then gives in the file's own terms.
/// </param>
public sealed record SourceSpan(int Start, int End, int Line)
{
    [JsonIgnore]
    public int Length => End - Start;

    /// <summary>The page and line of a PDF, or the paragraph of a Word file, where the span starts; null for a text source.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SourcePlace? Place { get; init; }

    /// <summary>As the documents cite it: <c>第12行</c>, <c>第3页第12行</c>, <c>第12段</c>.</summary>
    [JsonIgnore]
    public string Where => Place?.Label ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"第{Line}行");

    /// <summary>
    /// Where it stands in the report's own terms, for a reader with the report on paper: 一、（三）第2段
    /// (<c>OutlinePlaces</c>); null when not known. The handout's footnotes cite it; the line stays for tools.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Outline { get; init; }
}
