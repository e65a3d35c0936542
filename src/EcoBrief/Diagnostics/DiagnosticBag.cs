namespace EcoBrief.Diagnostics;

/// <summary>
/// Collects diagnostics instead of throwing per finding (as Scriban's LogMessageBag does), so one run
/// reports everything that was uncertain. A diagnostic that shows as the same text as one already
/// held is kept once, in first-seen order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public int Count => _diagnostics.Count;

    public void Add(Diagnostic diagnostic)
    {
        if (_seen.Add(diagnostic.Text))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }
}
