namespace EcoBrief.Layout.Text;

/// <summary>
/// Chooses where a short text (a title, a heading, a label) breaks, instead of the greedy
/// <see cref="LineBreaker"/>: returns the start of every line after the first, each one where
/// <paramref name="canBreakBefore"/> allows, or null to leave the text to the greedy breaker.
/// </summary>
/// <param name="text">The text.</param>
/// <param name="widthOf">Width of <c>[start, end)</c> as a line.</param>
/// <param name="width">The width available.</param>
/// <param name="canBreakBefore">Where a line may start (<see cref="LineBreakRules.CanBreakBefore"/>).</param>
/// <param name="centred">True for centred text, whose lines should be even.</param>
public delegate IReadOnlyList<int>? LineChooser(string text, Func<int, int, float> widthOf, float width, Func<int, bool> canBreakBefore, bool centred);
