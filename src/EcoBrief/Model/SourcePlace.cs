using System.Globalization;
using System.Text.Json.Serialization;

namespace EcoBrief.Model;

/// <summary>
/// Where a span stands in a source that is not a text file, in the terms a reader of that file uses:
/// a page and a line of that page of a PDF, a paragraph of a Word file. A text source (plain text,
/// Markdown, a saved page) has none: its <see cref="SourceSpan.Line"/> is already the line an editor
/// shows.
/// </summary>
/// <param name="Page">The 1-based page of a PDF, or null.</param>
/// <param name="Line">The 1-based line of that page (running headers counted, as a reader counts them), or null.</param>
/// <param name="Paragraph">The 1-based paragraph of a Word file (every paragraph of its body, table cells and empty ones included, as Word counts them), or null.</param>
public sealed record SourcePlace(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Paragraph = null)
{
    /// <summary>A page and line of a PDF.</summary>
    public static SourcePlace OnPage(int page, int line) => new(page, line);

    /// <summary>A paragraph of a Word file.</summary>
    public static SourcePlace OfParagraph(int paragraph) => new(Paragraph: paragraph);

    /// <summary>As the documents cite it: <c>第3页第12行</c>, <c>第12段</c>.</summary>
    [JsonIgnore]
    public string Label => Paragraph is { } p
        ? string.Create(CultureInfo.InvariantCulture, $"第{p}段")
        : string.Create(CultureInfo.InvariantCulture, $"第{Page}页第{Line}行");

    /// <summary>As messages in English name it: <c>page 3, line 12</c>, <c>paragraph 12</c>.</summary>
    public override string ToString() => Paragraph is { } p
        ? string.Create(CultureInfo.InvariantCulture, $"paragraph {p}")
        : string.Create(CultureInfo.InvariantCulture, $"page {Page}, line {Line}");
}
