namespace EcoBrief.Ingest;

/// <summary>
/// What a Markdown report's YAML front matter says of it: the title its repository gives it (often
/// the report's own, 政府工作报告, sometimes a sentence naming speaker, date and meeting) and the
/// pages it was taken from.
/// </summary>
/// <param name="Title">The <c>title:</c> value, or null.</param>
/// <param name="Sources">The <c>source:</c> value or values (URLs as a rule), in order.</param>
/// <param name="Date">A <c>date:</c> value as written, or null.</param>
public sealed record FrontMatter(string? Title, IReadOnlyList<string> Sources, string? Date);
