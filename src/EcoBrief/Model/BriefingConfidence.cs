namespace EcoBrief.Model;

/// <summary>How sure the extraction is of each of its choices (see <see cref="ChoiceConfidence"/>).</summary>
public sealed record BriefingConfidence(
    ChoiceConfidence Achievements,
    ChoiceConfidence Challenges,
    ChoiceConfidence Tasks,
    ChoiceConfidence Title,
    ChoiceConfidence Speaker)
{
    /// <summary>For a briefing that says nothing of its confidence (one read back from an older briefing.json).</summary>
    public static BriefingConfidence Unknown { get; } = new(
        new ChoiceConfidence(1, "not recorded"), new ChoiceConfidence(1, "not recorded"), new ChoiceConfidence(1, "not recorded"),
        new ChoiceConfidence(1, "not recorded"), new ChoiceConfidence(1, "not recorded"));

    /// <summary>The categories of items that are empty or unsure, by their names in the summary (主要成绩, 问题挑战, 重点任务).</summary>
    public IEnumerable<string> UnsureSections()
    {
        if (Achievements.Unsure)
        {
            yield return "主要成绩";
        }

        if (Challenges.Unsure)
        {
            yield return "问题挑战";
        }

        if (Tasks.Unsure)
        {
            yield return "重点任务";
        }
    }
}
