namespace EcoBrief.Build;

/// <summary>Two reports a build compares, as paths; the comparison is written into <c>OUTPUT/compare/&lt;old&gt;--&lt;new&gt;/</c>.</summary>
/// <param name="Old">The earlier report.</param>
/// <param name="New">The later report.</param>
/// <param name="Line">The line of the pairs file that names them, for errors.</param>
public sealed record ComparisonPair(string Old, string New, int Line)
{
    /// <summary>The comparison's folder name: the two reports' folder names joined by <c>--</c>.</summary>
    public string Name => $"{ReportFolder.RequireNameOf(Old)}--{ReportFolder.RequireNameOf(New)}";

    /// <summary>How messages name the pair: <c>OLD -&gt; NEW</c>.</summary>
    public string Label => $"{Old} -> {New}";

    /// <summary>The folder the comparison is written into.</summary>
    public string FolderIn(string outputRoot) => Path.Combine(outputRoot, ComparisonPairs.Folder, Name);
}
