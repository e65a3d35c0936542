namespace EcoBrief.Extraction;

/// <summary>
/// The extents of every item of every candidate list, sorted, to answer in O(log n) whether one
/// item of another list holds a whole candidate (then the candidate is that item's sub-points).
/// </summary>
internal sealed class ItemExtents
{
    private readonly (int Start, int End, CandidateList Owner)[] _items;

    /// <summary>For each position in <see cref="_items"/>, the index of the widest-reaching item up to it.</summary>
    private readonly int[] _farthest;

    public ItemExtents(IEnumerable<CandidateList> candidates)
    {
        _items = [.. candidates.SelectMany(c => c.Items.Select(i => (i[0].Span.Start, i[^1].Span.End, c))).OrderBy(i => i.Item1).ThenBy(i => i.Item2)];
        _farthest = new int[_items.Length];
        for (var k = 0; k < _items.Length; k++)
        {
            _farthest[k] = k > 0 && _items[_farthest[k - 1]].End >= _items[k].End ? _farthest[k - 1] : k;
        }
    }

    /// <summary>The list one of whose items holds all of <paramref name="c"/> (and is not just as long), or null.</summary>
    public CandidateList? Owner(CandidateList c)
    {
        var start = c.Items[0][0].Span.Start;
        var end = c.Items[^1][^1].Span.End;

        // Items that start before the candidate: the one reaching farthest decides.
        var before = LowerBound(start) - 1;
        if (before >= 0 && _items[_farthest[before]].End >= end && !ReferenceEquals(_items[_farthest[before]].Owner, c))
        {
            return _items[_farthest[before]].Owner;
        }

        // Items that start with it must end after it: one just as long is the same passage read another way.
        for (var k = LowerBound(start); k < _items.Length && _items[k].Start == start; k++)
        {
            if (_items[k].End > end && !ReferenceEquals(_items[k].Owner, c))
            {
                return _items[k].Owner;
            }
        }

        return null;
    }

    private int LowerBound(int start)
    {
        int lo = 0, hi = _items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_items[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
