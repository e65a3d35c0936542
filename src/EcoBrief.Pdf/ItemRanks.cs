using Markdig.Syntax;

namespace EcoBrief.Pdf;

/// <summary>
/// The order in which fitting gives up list items and their detail, last first: round the lists —
/// every list's first item, then every list's second, and so on — so that each list keeps its most
/// important items and no list is emptied to spare another.
/// </summary>
public sealed class ItemRanks
{
    private readonly Dictionary<ListItemBlock, int> _ranks = [];

    public ItemRanks(MarkdownDocument document)
    {
        var lists = document.Descendants<ListBlock>().ToList();
        for (var l = 0; l < lists.Count; l++)
        {
            var i = 0;
            foreach (var item in lists[l].OfType<ListItemBlock>())
            {
                var rank = (i * lists.Count) + l;
                _ranks[item] = rank;
                Count = Math.Max(Count, rank + 1);
                i++;
            }
        }

        Lists = lists.Count;
    }

    /// <summary>One more than the highest rank: keeping or detailing this many items is all of them.</summary>
    public int Count { get; }

    public int Lists { get; }

    /// <summary>The rank of an item; 0 for an item outside the document the ranks were made from.</summary>
    public int Of(ListItemBlock item) => _ranks.GetValueOrDefault(item);
}
