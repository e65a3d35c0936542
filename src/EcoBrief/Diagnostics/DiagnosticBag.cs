namespace EcoBrief.Diagnostics;

/// <summary>
/// Collects warnings instead of throwing per finding (as Scriban's LogMessageBag does), so one run
/// reports everything that was uncertain. Duplicate messages are kept once, in first-seen order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<string> _messages = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Messages => _messages;

    public int Count => _messages.Count;

    public void Warn(string message)
    {
        if (_seen.Add(message))
        {
            _messages.Add(message);
        }
    }

    /// <summary>Adds a warning tied to a 1-based source line.</summary>
    public void Warn(int line, string message) => Warn(line > 0 ? $"line {line}: {message}" : message);

    public void AddRange(IEnumerable<string> messages)
    {
        foreach (var m in messages)
        {
            Warn(m);
        }
    }
}
