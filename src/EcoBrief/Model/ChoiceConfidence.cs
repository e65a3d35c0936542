namespace EcoBrief.Model;

/// <summary>
/// How sure the extraction is of one choice (the review's list, the problems passage, the tasks, the
/// title, the speaker): the probability that it is right, as calibrated on the answer keys, the
/// evidence it rests on, and the runner-up it beat.
/// </summary>
/// <param name="Value">The probability the choice is right, 0–1 (calibrated on the tuning keys).</param>
/// <param name="Basis">What the choice rests on, e.g. <c>part by heading; （一） run, announced count matches</c>.</param>
/// <param name="RunnerUp">The best candidate it beat, when there was one.</param>
public sealed record ChoiceConfidence(double Value, string Basis, string? RunnerUp = null)
{
    /// <summary>Below this a choice is shown as unsure: the summary says so in its place, the handout and overview flag it.</summary>
    public const double UnsureBelow = 0.5;

    /// <summary>True when the choice is below <see cref="UnsureBelow"/>: a reader must not take it for a sure one.</summary>
    public bool Unsure => Value < UnsureBelow;

    /// <summary>
    /// The time the chosen list covers when it is not the one year the part is read for: <c>five_year</c> (as a figure's period is named)
    /// when the review's only list is of the five years (过去五年…, “十四五”时期…), so that the summary
    /// says so and a reader does not take the five years' results for last year's. Null otherwise (and
    /// then left out of the JSON).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Period { get; init; }

    /// <summary>The value of <see cref="Period"/> for a list of the five years.</summary>
    public const string FiveYears = FigurePeriod.FiveYear;

    /// <summary>Nothing was found: sure only that nothing is shown.</summary>
    public static ChoiceConfidence None(string why) => new(0, why);
}
