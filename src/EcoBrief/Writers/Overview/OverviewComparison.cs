namespace EcoBrief.Writers.Overview;

/// <summary>One comparison of a build, as the overview links it.</summary>
/// <param name="Folder">Its folder relative to the overview, a segment each (<c>compare</c>, <c>OLD--NEW</c>).</param>
/// <param name="Old">The earlier report's folder name.</param>
/// <param name="New">The later report's folder name.</param>
/// <param name="Files">The comparison's files (<c>compare.pdf</c>…).</param>
public sealed record OverviewComparison(IReadOnlyList<string> Folder, string Old, string New, IReadOnlySet<string> Files);
