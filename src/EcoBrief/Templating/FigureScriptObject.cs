using EcoBrief.Model;
using Scriban.Runtime;

namespace EcoBrief.Templating;

/// <summary>
/// A figure or a target as templates see it (<c>label</c>, <c>value</c>, <c>text</c>…), which also
/// keeps, out of the template's reach, the typed entry it was made from, so that <c>key_figures</c>
/// hands the document the model's values rather than the strings the template printed.
/// </summary>
internal sealed class FigureScriptObject(KeyFigureEntry entry) : ScriptObject
{
    public KeyFigureEntry Entry { get; } = entry;
}
