namespace EcoBrief.Cli.Building;

/// <summary>Why an output on disk is not what a build would write now.</summary>
internal enum StaleReason
{
    Missing,
    Differs,
}
