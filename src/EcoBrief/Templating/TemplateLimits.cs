namespace EcoBrief.Templating;

/// <summary>The sandbox a template runs in: a template that loops forever or floods memory fails instead.</summary>
public sealed record TemplateLimits
{
    public static TemplateLimits Default { get; } = new();

    /// <summary>Iterations of one loop.</summary>
    public int LoopLimit { get; init; } = 100_000;

    /// <summary>Depth of nested includes and function calls.</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>Characters a template may write.</summary>
    public int OutputLimit { get; init; } = 16 * 1024 * 1024;

    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);
}
