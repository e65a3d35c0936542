namespace EcoBrief.Tests.Support;

/// <summary>
/// Tests that measure what a run allocates (<c>GC.GetTotalAllocatedBytes</c> counts the whole process) or that
/// allocate gigabytes themselves: they run alone, after the others, so that one does not count the other's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "allocation";
}
