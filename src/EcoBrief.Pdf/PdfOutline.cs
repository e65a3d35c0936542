using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EcoBrief.Pdf;

/// <summary>
/// Adds a document outline (bookmarks) and the document language to a PDF that Skia wrote, as an
/// incremental update (ISO 32000-1 §7.5.6): new outline objects, a new catalog, a new xref section.
/// Skia's PDF backend has no API for either.
/// </summary>
internal static partial class PdfOutline
{
    [GeneratedRegex(@"([0-9]+) 0 obj\s*<<\s*/Type /Catalog(.*?)>>\s*endobj", RegexOptions.Singleline)]
    private static partial Regex Catalog();

    [GeneratedRegex(@"startxref\s+([0-9]+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size ([0-9]+)")]
    private static partial Regex TrailerSize();

    [GeneratedRegex(@"/Info ([0-9]+ 0 R)")]
    private static partial Regex TrailerInfo();

    [GeneratedRegex(@"/Pages ([0-9]+) 0 R")]
    private static partial Regex PagesRef();

    [GeneratedRegex(@"[0-9]+ 0 R")]
    private static partial Regex Reference();

    /// <param name="pdf">A PDF as Skia wrote it.</param>
    /// <param name="bookmarks">(title, level from 0, page index, y from the top in points, page height).</param>
    /// <param name="language">BCP 47 language tag for /Lang.</param>
    public static byte[] Add(byte[] pdf, IReadOnlyList<(string Title, int Level, int Page, float Y, float PageHeight)> bookmarks, string language)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var catalog = Catalog().Match(text);
        var startxref = StartXref().Match(text);
        var trailerStart = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (!catalog.Success || !startxref.Success || trailerStart < 0)
        {
            return pdf;
        }

        var trailer = text[trailerStart..];
        var size = int.Parse(TrailerSize().Match(trailer).Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var info = TrailerInfo().Match(trailer) is { Success: true } i ? $" /Info {i.Groups[1].Value}" : string.Empty;
        var catalogNumber = catalog.Groups[1].Value;
        var catalogBody = catalog.Groups[2].Value;
        var pages = PagesRef().Match(catalogBody) is { Success: true } p ? PageObjects(text, p.Groups[1].Value) : [];

        var objects = new List<string>();
        var next = size;
        string Ref(int n) => $"{n} 0 R";

        var items = bookmarks.Where(b => b.Page < pages.Count).ToList();
        var outlineNumber = items.Count > 0 ? next++ : 0;
        var numbers = items.Select(_ => next++).ToArray();
        if (items.Count > 0)
        {
            // Parent of each item: the nearest earlier item of a lower level, else the outline root.
            var parent = new int[items.Count];
            for (var k = 0; k < items.Count; k++)
            {
                parent[k] = -1;
                for (var j = k - 1; j >= 0; j--)
                {
                    if (items[j].Level < items[k].Level)
                    {
                        parent[k] = j;
                        break;
                    }
                }
            }

            List<int> ChildrenOf(int pIndex) => [.. Enumerable.Range(0, items.Count).Where(k => parent[k] == pIndex)];
            int Descendants(int pIndex) => ChildrenOf(pIndex).Sum(c => 1 + Descendants(c));

            var top = ChildrenOf(-1);
            objects.Add($"{outlineNumber} 0 obj\n<< /Type /Outlines /First {Ref(numbers[top[0]])} /Last {Ref(numbers[top[^1]])} /Count {items.Count} >>\nendobj\n");
            for (var k = 0; k < items.Count; k++)
            {
                var b = items[k];
                var siblings = ChildrenOf(parent[k]);
                var at = siblings.IndexOf(k);
                var kids = ChildrenOf(k);
                var dict = new StringBuilder();
                dict.Append(CultureInfo.InvariantCulture, $"{numbers[k]} 0 obj\n<< /Title {TextString(b.Title)} /Parent {(parent[k] < 0 ? Ref(outlineNumber) : Ref(numbers[parent[k]]))}");
                if (at > 0)
                {
                    dict.Append(CultureInfo.InvariantCulture, $" /Prev {Ref(numbers[siblings[at - 1]])}");
                }

                if (at < siblings.Count - 1)
                {
                    dict.Append(CultureInfo.InvariantCulture, $" /Next {Ref(numbers[siblings[at + 1]])}");
                }

                if (kids.Count > 0)
                {
                    dict.Append(CultureInfo.InvariantCulture, $" /First {Ref(numbers[kids[0]])} /Last {Ref(numbers[kids[^1]])} /Count {Descendants(k)}");
                }

                var y = Math.Max(0, b.PageHeight - b.Y);
                dict.Append(CultureInfo.InvariantCulture, $" /Dest [{pages[b.Page]} /XYZ 0 {y:0.##} null] >>\nendobj\n");
                objects.Add(dict.ToString());
            }
        }

        var newCatalog = $"{catalogNumber} 0 obj\n<< /Type /Catalog{catalogBody.TrimEnd()}"
            + (outlineNumber > 0 ? $" /Outlines {Ref(outlineNumber)} /PageMode /UseOutlines" : string.Empty)
            + $" /Lang {TextString(language)} >>\nendobj\n";

        using var output = new MemoryStream();
        output.Write(pdf);
        if (pdf[^1] != '\n')
        {
            output.WriteByte((byte)'\n');
        }

        var offsets = new SortedDictionary<int, long>();
        void Write(int number, string obj)
        {
            offsets[number] = output.Position;
            var bytes = Encoding.Latin1.GetBytes(obj);
            output.Write(bytes);
        }

        Write(int.Parse(catalogNumber, CultureInfo.InvariantCulture), newCatalog);
        foreach (var obj in objects)
        {
            Write(int.Parse(obj[..obj.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture), obj);
        }

        var xref = output.Position;
        var sb = new StringBuilder("xref\n");
        foreach (var (number, offset) in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {Math.Max(size, next)} /Root {catalogNumber} 0 R{info} /Prev {startxref.Groups[1].Value} >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(sb.ToString()));
        return output.ToArray();
    }

    /// <summary>The page objects in order, walking the page tree.</summary>
    private static List<string> PageObjects(string text, string number)
    {
        var result = new List<string>();
        var obj = ObjectBody(text, number);
        if (obj is null)
        {
            return result;
        }

        var kidsAt = obj.IndexOf("/Kids", StringComparison.Ordinal);
        if (obj.Contains("/Type /Pages", StringComparison.Ordinal) && kidsAt >= 0)
        {
            var close = obj.IndexOf(']', kidsAt);
            foreach (Match kid in Reference().Matches(obj[kidsAt..close]))
            {
                result.AddRange(PageObjects(text, kid.Value.Split(' ')[0]));
            }
        }
        else
        {
            result.Add($"{number} 0 R");
        }

        return result;
    }

    private static string? ObjectBody(string text, string number)
    {
        var m = Regex.Match(text, $@"(?:^|\n){number} 0 obj\s*(.*?)endobj", RegexOptions.Singleline);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>A PDF text string: UTF-16BE with a byte-order mark, in hex.</summary>
    private static string TextString(string s) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s)) + ">";
}
