namespace EcoBrief.Build;

/// <summary>An output that is not what a build would write now: its path, exactly as built, and why.</summary>
/// <param name="Path">The full path of the file (it may hold spaces, quotes, any character a file name can).</param>
/// <param name="FileName">The file's name inside its report's folder, as <see cref="PublishedReport.Files"/> names it (a leftover temporary: its own name).</param>
/// <param name="Reason">Why it is stale.</param>
public sealed record StaleFile(string Path, string FileName, StaleReason Reason)
{
    /// <summary>How <c>check</c> lists it: <c>path (missing)</c>.</summary>
    public override string ToString() => $"{Path} ({Reason switch
    {
        StaleReason.Missing => "missing",
        StaleReason.Differs => "differs",
        _ => "leftover temporary of a build that was killed; the next build removes it",
    }})";
}
