namespace EcoBrief.Build;

/// <summary>What became of one source (a report, or a pair compared): its result, or why it failed.</summary>
/// <param name="Source">The source as the user named it.</param>
/// <param name="Result">The result; null when it failed.</param>
/// <param name="Error">One line saying why it failed (no source in front), or null.</param>
/// <param name="Exception">What was thrown, for <c>--verbose</c>, or null.</param>
public sealed record ReportResult<T>(string Source, T? Result, string? Error, Exception? Exception)
    where T : class
{
    public bool Failed => Result is null;
}
