using EcoBrief.Model;

namespace EcoBrief.Extraction;

/// <summary>Figures sorted by position, so an item finds its own in O(log n + k) rather than scanning them all.</summary>
internal sealed class KeyFigureIndex
{
    private readonly KeyFigure[] _byStart;
    private readonly int[] _starts;

    public KeyFigureIndex(IEnumerable<KeyFigure> figures)
    {
        _byStart = [.. figures.OrderBy(f => f.Span.Start).ThenBy(f => f.Span.End)];
        _starts = [.. _byStart.Select(f => f.Span.Start)];
    }

    /// <summary>The figures that lie wholly inside [start, end), in document order.</summary>
    public List<KeyFigure> Within(int start, int end)
    {
        var i = Array.BinarySearch(_starts, start);
        if (i < 0)
        {
            i = ~i;
        }

        while (i > 0 && _starts[i - 1] == start)
        {
            i--;
        }

        var result = new List<KeyFigure>();
        for (; i < _byStart.Length && _starts[i] < end; i++)
        {
            if (_byStart[i].Span.End <= end)
            {
                result.Add(_byStart[i]);
            }
        }

        return result;
    }
}
