namespace EcoBrief.Comparison;

/// <summary>What happened to an entry between the old report and the new one (the values of the JSON's <c>change</c>).</summary>
public static class ChangeKind
{
    public const string Changed = "changed";
    public const string New = "new";
    public const string Dropped = "dropped";
    public const string Unchanged = "unchanged";
}
