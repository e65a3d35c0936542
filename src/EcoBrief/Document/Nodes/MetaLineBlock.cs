using Markdig.Syntax;

namespace EcoBrief.Document;

/// <summary>
/// The line under the title that says who spoke, where and when (speaker · occasion · date): the
/// paragraph right after the document's <c>#</c> title (<see cref="BriefingNodes"/> marks it). A
/// paragraph still, so the HTML and text writers show it as one; the paged writers centre it.
/// </summary>
public sealed class MetaLineBlock : ParagraphBlock
{
}
