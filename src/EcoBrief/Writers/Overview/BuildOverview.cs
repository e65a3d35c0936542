namespace EcoBrief.Writers.Overview;

/// <summary>The overview of a build of many reports: what its writers (<c>index.html</c>, <c>overview.csv</c>) read.</summary>
/// <param name="Rows">One row per report, in the order of the sources.</param>
/// <param name="Comparisons">The comparisons the build made, in the order of its pairs.</param>
public sealed record BuildOverview(IReadOnlyList<OverviewRow> Rows, IReadOnlyList<OverviewComparison> Comparisons);
