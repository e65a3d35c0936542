namespace EcoBrief.Extraction;

/// <summary>One way of reading a section's items: a numbered run, —— lines, 一是… in a paragraph, parallel paragraphs.</summary>
/// <param name="Kind">How the items are marked, e.g. "（一） run" or "一是… in a paragraph".</param>
/// <param name="Items">The text of each item.</param>
/// <param name="Line">The source line of the first item.</param>
internal sealed record CandidateList(string Kind, IReadOnlyList<List<TextPiece>> Items, int Line)
{
    public double Score { get; set; }

    /// <summary>The kind's family as a feature name: a numbering style, dash-headings, dash-paragraphs, inline, run-in, parallel.</summary>
    public string Family { get; init; } = "none";

    /// <summary>What the candidate looks like to the fitted weights.</summary>
    public Scoring.Features Features { get; set; } = new();

    /// <summary>Its probability among the competing candidates (the softmax of the scores).</summary>
    public double Probability { get; set; }

    /// <summary>The candidate it beat, described as <c>--explain</c> describes it; null when it had no rival.</summary>
    public string? RunnerUp { get; set; }

    /// <summary>True when the text before the list announces exactly as many items (重点抓好以下10个方面).</summary>
    public bool CountMatches { get; set; }

    /// <summary>True when the passage before the list, or its part's heading, sets the five years as its time (五年来…), not last year.</summary>
    public bool FiveYears { get; set; }

    /// <summary>The share of the section's text the items cover.</summary>
    public double Coverage { get; set; }

    /// <summary>Why it scored as it did, for <c>extract --explain</c>.</summary>
    public List<string> Reasons { get; } = [];

    public int Start => Items[0][0].Span.Start;

    public int Length => Items.Sum(i => i.Sum(p => p.End - p.Start));

    public string Describe() =>
        $"{Kind}, {Items.Count} items from line {Line}, score {Score:0.00}, p {Probability:0.00} ({string.Join("; ", Reasons)}): " +
        string.Join(" | ", Items.Take(3).Select(i => Preview(i[0].Text))) + (Items.Count > 3 ? " | …" : string.Empty);

    private static string Preview(string s) => s.Length > 14 ? s[..14] + "…" : s;
}
