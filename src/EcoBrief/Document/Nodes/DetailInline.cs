using Markdig.Syntax.Inlines;

namespace EcoBrief.Document;

/// <summary>
/// The detail of a list item — the <c>*emphasised*</c> text after its title — which a one-page
/// document may drop to fit (<see cref="BriefingNodes"/> marks it). An emphasis still, so writers that
/// never drop it show it as one.
/// </summary>
public sealed class DetailInline : EmphasisInline
{
}
