namespace EcoBrief.Extraction;

/// <summary>Which category a list is read for; the fitted weights of the choice depend on it.</summary>
internal enum ListRole
{
    /// <summary>Last year's work items, in the review.</summary>
    Achievements,

    /// <summary>This year's tasks.</summary>
    Tasks,

    /// <summary>The items of what lies between review and tasks (five-year goals, strategic priorities).</summary>
    Priorities,

    /// <summary>The problems, in a part of their own.</summary>
    Challenges,
}
