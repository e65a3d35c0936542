namespace EcoBrief.Comparison;

/// <summary>What changed from one report to another: the contract between <see cref="BriefingComparer"/> and every output of <c>compare</c>.</summary>
/// <param name="Old">The earlier report.</param>
/// <param name="New">The later report.</param>
/// <param name="Targets">The main targets of either, matched by what they measure: the new report's order, then the dropped ones.</param>
/// <param name="Results">Last year's headline results of either, side by side.</param>
/// <param name="Tasks">This year's tasks, matched by meaning.</param>
/// <param name="Priorities">The strategic priorities, matched by meaning.</param>
/// <param name="NewPhrases">Quoted terms of the new report the old one lacks, most used first.</param>
/// <param name="DistinctiveTerms">Terms of the new report's tasks the old text lacks, best first (see <see cref="DistinctiveTermFinder"/>).</param>
/// <param name="Threshold">The least similarity at which two items are a pair.</param>
public sealed record BriefingComparison(
    ComparedSide Old,
    ComparedSide New,
    IReadOnlyList<TargetChange> Targets,
    IReadOnlyList<ResultComparison> Results,
    ItemComparison Tasks,
    ItemComparison Priorities,
    IReadOnlyList<NewPhrase> NewPhrases,
    IReadOnlyList<DistinctiveTerm> DistinctiveTerms,
    double Threshold)
{
    /// <summary>The matching method, as the JSON names it.</summary>
    public string Method { get; init; } = "character bigram TF-IDF cosine, greedy one-to-one by descending score";

    /// <summary>True when the two reports differ in anything the comparison looks at.</summary>
    public bool HasChanges =>
        Targets.Any(t => t.Change != ChangeKind.Unchanged)
        || Results.Any(r => r.Old is null || r.New is null || r.Old.Value != r.New.Value || r.Old.Unit != r.New.Unit)
        || Changed(Tasks) || Changed(Priorities) || NewPhrases.Count > 0 || DistinctiveTerms.Count > 0;

    private static bool Changed(ItemComparison c) => c.New.Count > 0 || c.Dropped.Count > 0 || c.Pairs.Any(p => p.Score < 1);
}
