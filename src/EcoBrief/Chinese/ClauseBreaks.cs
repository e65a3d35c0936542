namespace EcoBrief.Chinese;

/// <summary>
/// Where a sentence breaks into clauses: the places of its clause marks (，；…) that stand outside
/// brackets, quotes and book-title marks, so that 《关于…，…的意见》 or “…，…” stays one clause.
/// </summary>
public static class ClauseBreaks
{
    /// <summary>The index of every character of <paramref name="marks"/> in <paramref name="s"/>[start..end) outside brackets and quotes, in order.</summary>
    public static IEnumerable<int> Of(string s, string marks, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(marks);
        end = end < 0 ? s.Length : end;
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            switch (s[i])
            {
                case '（' or '(' or '“' or '《' or '「':
                    depth++;
                    break;
                case '）' or ')' or '”' or '》' or '」':
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    if (depth == 0 && marks.Contains(s[i], StringComparison.Ordinal))
                    {
                        yield return i;
                    }

                    break;
            }
        }
    }
}
