using EcoBrief.Model;

namespace EcoBrief.Docx.Renderers;

/// <summary>One row of the key-figures table: the entry it shows (value, unit, qualifier, period, span, typed) and its cells.</summary>
internal sealed record KeyFigureRow(KeyFigureEntry Entry)
{
    /// <summary>What it measures, the figure as written (with its bound: 5%左右), and its change.</summary>
    public IReadOnlyList<string> Cells => [Entry.Indicator, Entry.Text, Entry.Change ?? string.Empty];
}
