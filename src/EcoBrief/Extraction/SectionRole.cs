namespace EcoBrief.Extraction;

/// <summary>What a top-level section of a work report does.</summary>
internal enum SectionRole
{
    /// <summary>Nothing the extraction reads.</summary>
    Other,

    /// <summary>The review of last year's (or the five years') work.</summary>
    Review,

    /// <summary>A section of its own on problems and challenges.</summary>
    Challenges,

    /// <summary>What lies between review and tasks: the plan's goals, overall requirements, priorities.</summary>
    Between,

    /// <summary>This year's work.</summary>
    Tasks,

    /// <summary>A chapter on the government's own conduct after the tasks.</summary>
    Government,

    /// <summary>One chapter of several that together are this year's work (三、稳住经济基本盘…).</summary>
    TaskChapter,
}
