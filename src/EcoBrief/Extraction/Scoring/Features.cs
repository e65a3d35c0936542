using System.Globalization;

namespace EcoBrief.Extraction.Scoring;

/// <summary>
/// What a candidate of a decision looks like, as named numbers (a sparse feature vector): the
/// engine describes each candidate this way, a <see cref="LinearModel"/> fitted on the answer keys
/// weighs it, and <c>--explain</c> shows each feature's part in the choice. Names are stable: they
/// are the keys of the fitted weights.
/// </summary>
internal sealed class Features
{
    private readonly List<(string Name, double Value)> _values = [];

    /// <summary>The features in the order they were added.</summary>
    public IReadOnlyList<(string Name, double Value)> Values => _values;

    /// <summary>Adds <paramref name="name"/> with <paramref name="value"/>; a zero adds nothing.</summary>
    public Features Add(string name, double value)
    {
        if (value != 0)
        {
            _values.Add((name, value));
        }

        return this;
    }

    /// <summary>Adds <paramref name="name"/> as 1 when <paramref name="on"/>.</summary>
    public Features Flag(string name, bool on) => on ? Add(name, 1) : this;

    /// <summary>The value of <paramref name="name"/>, or 0.</summary>
    public double this[string name] => _values.FirstOrDefault(v => v.Name == name).Value;

    public override string ToString() =>
        string.Join(' ', _values.Select(v => v.Value == 1 ? v.Name : string.Create(CultureInfo.InvariantCulture, $"{v.Name}={v.Value:0.###}")));
}
