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
    SourceSpan Span)
{
    /// <summary>
    /// The indices of <see cref="Points"/> that begin a new paragraph of the report (the summary and the
    /// points before the first stand in the item's first paragraph); null when the item is one paragraph.
    /// The handout sets the text as the report has it, a paragraph's sentences together, not as a list.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? ParagraphStarts { get; init; }

    /// <summary>The summary and the points as the report's paragraphs (see <see cref="ParagraphStarts"/>), empty ones left out.</summary>
    public IReadOnlyList<string> Paragraphs()
    {
        var result = new List<string>();
        var current = new System.Text.StringBuilder(Summary);
        for (var i = 0; i < Points.Count; i++)
        {
            if (ParagraphStarts?.Contains(i) == true && current.Length > 0)
            {
                result.Add(current.ToString());
                current.Clear();
            }

            current.Append(Points[i]);
        }

        if (current.Length > 0)
        {
            result.Add(current.ToString());
        }

        return result;
    }
}
