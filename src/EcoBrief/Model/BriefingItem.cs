namespace EcoBrief.Model;

/// <summary>One achievement, challenge, task or priority.</summary>
/// <param name="Title">The lead clause, e.g. 坚持精准、科学、依法治污，持续深入打好污染防治攻坚战.</param>
/// <param name="Summary">One or two sentences that follow the title; empty when there are none.</param>
/// <param name="Points">The remaining sentences or sub-items.</param>
/// <param name="Figures">The figures stated inside the item.</param>
/// <param name="Span">Where the item stands.</param>
public sealed record BriefingItem(
    string Title,
    string Summary,
    IReadOnlyList<string> Points,
    IReadOnlyList<KeyFigure> Figures,
    SourceSpan Span);
