using System.Net;

namespace EcoBrief.Ingest.Html;

/// <summary>
/// A saved page's markup → a tree of <see cref="HtmlNode"/>, as browsers build it where it matters for
/// reading its text (after the WHATWG HTML parsing algorithm, much simplified): comments, doctypes and
/// processing instructions are dropped; script, style, textarea and title hold raw text; void elements
/// (br, img, meta…) have no children; a paragraph closes where a block opens, a list item at the next,
/// a cell at the next cell or row; an end tag closes up to its open element and is ignored when none is
/// open. Elements nest at most <see cref="MaxDepth"/> deep (deeper ones are kept as their text), so a
/// page of a million open tags costs time in proportion to its size and no stack.
/// </summary>
internal static class HtmlParser
{
    private const int MaxDepth = 256;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    /// <summary>Start tags that close an open &lt;p&gt; (the HTML standard's list, §13.2.6.4.7).</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
        "pre", "listing", "form", "table", "hr", "li", "dd", "dt",
    };

    public static HtmlNode Parse(string html)
    {
        var lines = new LineIndex(html);
        var root = HtmlNode.Element("#document", 1);
        var open = new List<HtmlNode> { root };
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                AddText(open[^1], html[i..], lines.At(i));
                break;
            }

            if (lt > i)
            {
                AddText(open[^1], html[i..lt], lines.At(i));
            }

            i = lt;
            if (At(html, i, "<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (At(html, i, "<!") || At(html, i, "<?"))
            {
                var end = html.IndexOf('>', i + 2);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                // A '<' that opens no tag is text (as in 《》 typed as <>).
                AddText(open[^1], "<", lines.At(i));
                i++;
                continue;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var (attributes, tagEnd, selfClosing) = ReadAttributes(html, nameEnd);
            var line = lines.At(i);
            i = tagEnd;
            if (closing)
            {
                Close(open, name);
                continue;
            }

            var element = HtmlNode.Element(name, line);
            foreach (var (key, value) in attributes)
            {
                element.Attributes.TryAdd(key, value);
            }

            ImpliedEnds(open, name);
            if (open.Count >= MaxDepth && !Void.Contains(name))
            {
                // Too deep: its content goes to the deepest element kept.
                continue;
            }

            open[^1].Add(element);
            if (Void.Contains(name) || selfClosing)
            {
                continue;
            }

            if (RawText.Contains(name))
            {
                var end = IndexOfEndTag(html, i, name);
                var content = html[i..(end < 0 ? html.Length : end)];
                if (content.Length > 0)
                {
                    element.Add(HtmlNode.TextRun(name is "title" or "textarea" ? WebUtility.HtmlDecode(content) : content, lines.At(i)));
                }

                i = end < 0 ? html.Length : SkipTag(html, end);
                continue;
            }

            open.Add(element);
        }

        return root;
    }

    private static void AddText(HtmlNode parent, string text, int line)
    {
        var decoded = text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
        if (parent.Children.Count > 0 && parent.Children[^1] is { IsText: true } last)
        {
            // Text split by a stray '<' or a comment: keep it one run, at the line it starts on.
            parent.Children.RemoveAt(parent.Children.Count - 1);
            parent.Add(HtmlNode.TextRun(last.Text + decoded, last.Line));
            return;
        }

        parent.Add(HtmlNode.TextRun(decoded, line));
    }

    /// <summary>The end tags HTML implies before a start tag: an open p before a block, an open li before an li, a cell before a cell or a row.</summary>
    private static void ImpliedEnds(List<HtmlNode> open, string name)
    {
        if (ClosesParagraph.Contains(name))
        {
            CloseIfOpenInScope(open, "p", stopAt: ["table", "td", "th", "li", "div", "section", "article", "blockquote"]);
        }

        switch (name)
        {
            case "li":
                CloseIfOpenInScope(open, "li", stopAt: ["ul", "ol", "menu"]);
                break;
            case "dd" or "dt":
                CloseIfOpenInScope(open, "dd", stopAt: ["dl"]);
                CloseIfOpenInScope(open, "dt", stopAt: ["dl"]);
                break;
            case "td" or "th":
                CloseIfOpenInScope(open, "td", stopAt: ["tr", "table"]);
                CloseIfOpenInScope(open, "th", stopAt: ["tr", "table"]);
                break;
            case "tr":
                CloseIfOpenInScope(open, "tr", stopAt: ["table", "thead", "tbody", "tfoot"]);
                break;
            case "option":
                CloseIfOpenInScope(open, "option", stopAt: ["select"]);
                break;
        }
    }

    private static void CloseIfOpenInScope(List<HtmlNode> open, string name, string[] stopAt)
    {
        for (var k = open.Count - 1; k > 0; k--)
        {
            if (open[k].Name == name)
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }

            if (Array.IndexOf(stopAt, open[k].Name) >= 0)
            {
                return;
            }
        }
    }

    /// <summary>An end tag closes its element and all open inside it; one with nothing to close is ignored (a stray &lt;/p&gt; too).</summary>
    private static void Close(List<HtmlNode> open, string name)
    {
        for (var k = open.Count - 1; k > 0; k--)
        {
            if (open[k].Name == name)
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }
        }
    }

    private static (List<(string Key, string Value)> Attributes, int End, bool SelfClosing) ReadAttributes(string html, int at)
    {
        var attributes = new List<(string, string)>();
        var i = at;
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                if (html[i] == '/' && i + 1 < html.Length && html[i + 1] == '>')
                {
                    return (attributes, i + 2, true);
                }

                i++;
            }

            if (i >= html.Length)
            {
                return (attributes, html.Length, false);
            }

            if (html[i] == '>')
            {
                return (attributes, i + 1, false);
            }

            var keyStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var key = html[keyStart..i];
            if (key.Length == 0)
            {
                // A lone '=' or such: skip it.
                i++;
                continue;
            }

            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            var value = string.Empty;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    end = end < 0 ? html.Length : end;
                    value = html[(i + 1)..end];
                    i = Math.Min(html.Length, end + 1);
                }
                else
                {
                    var start = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    value = html[start..i];
                }
            }

            attributes.Add((key, value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value));
        }

        return (attributes, html.Length, false);
    }

    private static int IndexOfEndTag(string html, int from, string name)
    {
        var i = from;
        while ((i = html.IndexOf("</", i, StringComparison.Ordinal)) >= 0)
        {
            if (string.Compare(html, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (i + 2 + name.Length >= html.Length || !char.IsAsciiLetterOrDigit(html[i + 2 + name.Length])))
            {
                return i;
            }

            i += 2;
        }

        return -1;
    }

    private static int SkipTag(string html, int at)
    {
        var end = html.IndexOf('>', at);
        return end < 0 ? html.Length : end + 1;
    }

    private static bool At(string html, int i, string what) => string.CompareOrdinal(html, i, what, 0, what.Length) == 0;

    /// <summary>Positions in the page's source → its 1-based line numbers.</summary>
    private sealed class LineIndex
    {
        private readonly List<int> _starts = [0];

        public LineIndex(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int At(int position)
        {
            var i = _starts.BinarySearch(position);
            return (i < 0 ? ~i - 1 : i) + 1;
        }
    }
}
