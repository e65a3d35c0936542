namespace EcoBrief.Extraction;

/// <summary>What a top-level section of a work report does.</summary>
internal enum SectionRole
{
    Other,
    Review,
    Challenges,
    Tasks,
}
