namespace EcoBrief.Extraction.Scoring;

/// <summary>
/// Every scored decision of one extraction, with all its candidates: what the fitting tool learns
/// from (each candidate's features beside how well its items match the keys). The engine writes to it
/// only when one is given, so an ordinary extraction pays nothing.
/// </summary>
internal sealed class DecisionTrace
{
    public List<TracedDecision> Decisions { get; } = [];
}

/// <summary>One decision: its model, where it was taken (a part's role and heading), its candidates and the index chosen.</summary>
internal sealed record TracedDecision(string Model, string Context, IReadOnlyList<TracedCandidate> Candidates, int Chosen);

/// <summary>A candidate of a decision: its features, and the titles its items would have.</summary>
internal sealed record TracedCandidate(string Description, Features Features, IReadOnlyList<string> Titles);
