namespace EcoBrief.Layout;

/// <summary>What an element answers when asked whether it fits (QuestPDF's SpacePlan).</summary>
public enum SpaceKind
{
    /// <summary>Nothing left to draw.</summary>
    Empty,

    /// <summary>Not even a part fits here: move to the next page.</summary>
    Wrap,

    /// <summary>A part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Everything (that is left) fits.</summary>
    Full,
}
