using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace EcoBrief.Ingest.Pdf;

/// <summary>
/// Counts the text a page draws before PdfPig reads it glyph by glyph: its content streams (and the
/// forms it draws, a few levels down) are decoded through the budget and their text-showing operators
/// (<c>Tj</c>, <c>TJ</c>, ISO 32000-1 §9.4.3) counted, so a page that shows a million tiny runs of text
/// is refused in milliseconds instead of being made into a million glyphs.
/// </summary>
internal static class ContentScan
{
    private const int MaxFormDepth = 4;

    private static readonly NameToken PagesKey = NameToken.Create("Pages");
    private static readonly NameToken Kids = NameToken.Create("Kids");
    private static readonly NameToken Contents = NameToken.Create("Contents");
    private static readonly NameToken Resources = NameToken.Create("Resources");
    private static readonly NameToken XObject = NameToken.Create("XObject");
    private static readonly NameToken Subtype = NameToken.Create("Subtype");
    private static readonly NameToken Form = NameToken.Create("Form");

    /// <summary>The page dictionaries of <paramref name="document"/>, in page order: the page tree walked from the catalog (ISO 32000-1 §7.7.3), each node once.</summary>
    public static List<DictionaryToken> Pages(PdfDocument document)
    {
        var scanner = document.Structure.TokenScanner;
        var pages = new List<DictionaryToken>();
        if (!document.Structure.Catalog.CatalogDictionary.TryGet(PagesKey, out var rootToken) || !DirectObjectFinder.TryGet<DictionaryToken>(rootToken, scanner, out var root))
        {
            return pages;
        }

        var seen = new HashSet<IndirectReferenceKey>();
        var stack = new Stack<DictionaryToken>();
        stack.Push(root);
        var budget = (2 * document.NumberOfPages) + 1000;
        while (stack.Count > 0 && pages.Count < document.NumberOfPages && budget-- > 0)
        {
            var node = stack.Pop();
            if (!node.TryGet(Kids, out var kidsToken) || !DirectObjectFinder.TryGet<ArrayToken>(kidsToken, scanner, out var kids))
            {
                pages.Add(node);
                continue;
            }

            for (var i = kids.Data.Count - 1; i >= 0; i--)
            {
                var kid = kids.Data[i];
                if (kid is IndirectReferenceToken r && !seen.Add(new IndirectReferenceKey(r.Data.ObjectNumber, r.Data.Generation)))
                {
                    continue;
                }

                if (DirectObjectFinder.TryGet<DictionaryToken>(kid, scanner, out var child))
                {
                    stack.Push(child);
                }
            }
        }

        return pages;
    }

    /// <summary>How many runs of text <paramref name="page"/> shows, counted up to <paramref name="limit"/> + 1.</summary>
    public static int TextRuns(DictionaryToken page, IPdfTokenScanner scanner, IFilterProvider filters, int limit)
    {
        var count = 0;
        var seen = new HashSet<IndirectReferenceKey>();
        foreach (var stream in Streams(page, Contents, scanner))
        {
            count += Count(stream.Decode(filters).Span, limit - count);
            if (count > limit)
            {
                return count;
            }
        }

        return count + Forms(page, scanner, filters, limit - count, 0, seen);
    }

    private static int Forms(DictionaryToken owner, IPdfTokenScanner scanner, IFilterProvider filters, int limit, int depth, HashSet<IndirectReferenceKey> seen)
    {
        if (depth >= MaxFormDepth
            || !owner.TryGet(Resources, out var resourcesToken) || !DirectObjectFinder.TryGet<DictionaryToken>(resourcesToken, scanner, out var resources)
            || !resources.TryGet(XObject, out var xobjectsToken) || !DirectObjectFinder.TryGet<DictionaryToken>(xobjectsToken, scanner, out var xobjects))
        {
            return 0;
        }

        var count = 0;
        foreach (var (_, token) in xobjects.Data)
        {
            if (token is IndirectReferenceToken r && !seen.Add(new IndirectReferenceKey(r.Data.ObjectNumber, r.Data.Generation)))
            {
                continue;
            }

            if (!DirectObjectFinder.TryGet<StreamToken>(token, scanner, out var form)
                || !form.StreamDictionary.TryGet(Subtype, out var subtype) || !Form.Equals(subtype))
            {
                continue;
            }

            count += Count(form.Decode(filters).Span, limit - count);
            if (count > limit)
            {
                return count;
            }

            count += Forms(form.StreamDictionary, scanner, filters, limit - count, depth + 1, seen);
        }

        return count;
    }

    private static IEnumerable<StreamToken> Streams(DictionaryToken page, NameToken key, IPdfTokenScanner scanner)
    {
        if (!page.TryGet(key, out var token))
        {
            yield break;
        }

        if (DirectObjectFinder.TryGet<StreamToken>(token, scanner, out var one))
        {
            yield return one;
        }
        else if (DirectObjectFinder.TryGet<ArrayToken>(token, scanner, out var many))
        {
            foreach (var item in many.Data)
            {
                if (DirectObjectFinder.TryGet<StreamToken>(item, scanner, out var stream))
                {
                    yield return stream;
                }
            }
        }
    }

    /// <summary>The <c>Tj</c> and <c>TJ</c> operators of a content stream (an upper bound: one inside a string is counted too).</summary>
    private static int Count(ReadOnlySpan<byte> content, int limit)
    {
        var count = 0;
        for (var i = content.IndexOf((byte)'T'); i >= 0 && i + 1 < content.Length; i = Next(content, i + 1))
        {
            if (content[i + 1] is (byte)'j' or (byte)'J' && (i == 0 || IsDelimiter(content[i - 1])) && (i + 2 >= content.Length || IsDelimiter(content[i + 2])))
            {
                if (++count > limit)
                {
                    return count;
                }
            }
        }

        return count;

        static int Next(ReadOnlySpan<byte> content, int from)
        {
            var at = content[from..].IndexOf((byte)'T');
            return at < 0 ? -1 : from + at;
        }
    }

    private static bool IsDelimiter(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0 or (byte)')' or (byte)']' or (byte)'>' or (byte)'(' or (byte)'[' or (byte)'<' or (byte)'/';

    private readonly record struct IndirectReferenceKey(long Object, int Generation);
}
