namespace EcoBrief.Build;

/// <summary>Why an output on disk is not what a build would write now.</summary>
public enum StaleReason
{
    Missing,
    Differs,

    /// <summary>A temporary of our own naming whose build is gone (killed between writing and renaming): the next build removes it.</summary>
    LeftoverTemporary,
}
