namespace EcoBrief.Templating;

/// <summary>What evaluating a template gives: the Markdown it wrote, and the values its key-figures blocks stand for.</summary>
/// <param name="Markdown">The Markdown, as the template wrote it (what the <c>md</c> writer writes).</param>
/// <param name="KeyFigures">Each key-figures block the template wrote, in order.</param>
public sealed record EvaluatedTemplate(string Markdown, IReadOnlyList<KeyFiguresMarkup> KeyFigures)
{
    /// <summary>Each chart the template wrote (<c>bar_chart</c>), in order.</summary>
    public IReadOnlyList<ChartMarkup> Charts { get; init; } = [];
}
