namespace EcoBrief.Extraction.Scoring;

/// <summary>
/// Every scored decision of one extraction, with all its candidates: what the fitting tool learns
/// from (each candidate's features beside how well its items match the keys). The engine writes to it
/// only when one is given, so an ordinary extraction pays nothing.
/// </summary>
internal sealed class DecisionTrace
{
    public List<TracedDecision> Decisions { get; } = [];

    /// <summary>The choices whose confidence is calibrated on what they rest on, with what they gave.</summary>
    public List<TracedChoice> Choices { get; } = [];

    /// <summary>Every figure found, with its features: what the figures' weights are fitted on.</summary>
    public List<TracedFigure> Figures { get; } = [];
}

/// <summary>A figure as found, with the features its weights weigh.</summary>
internal sealed record TracedFigure(Model.KeyFigure Figure, Features Features);

/// <summary>A calibrated choice: its category (problems, title, speaker), its bucket, and what it gave (the items' titles, or the one value).</summary>
internal sealed record TracedChoice(string Category, string Bucket, IReadOnlyList<string> Values);

/// <summary>One decision: its model, where it was taken (a part's role and heading), its candidates and the index chosen.</summary>
internal sealed record TracedDecision(string Model, string Context, IReadOnlyList<TracedCandidate> Candidates, int Chosen)
{
    /// <summary>The bucket of the part the list was read in (<c>review-part:heading</c>…), for the calibration.</summary>
    public string? PartBucket { get; init; }

    /// <summary>The probability of the chosen candidate among all.</summary>
    public double Probability { get; init; }

    /// <summary>The text the decision was taken on (a part's heading and body), for labelling it from the keys.</summary>
    public string? Text { get; init; }
}

/// <summary>A candidate of a decision: its features, and the titles its items would have.</summary>
internal sealed record TracedCandidate(string Description, Features Features, IReadOnlyList<string> Titles);
