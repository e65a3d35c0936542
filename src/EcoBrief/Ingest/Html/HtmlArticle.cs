using System.Text;
using System.Text.RegularExpressions;
using EcoBrief.Chinese;

namespace EcoBrief.Ingest.Html;

/// <summary>
/// The article of a page rather than the whole page, after Arc90's Readability (as Firefox's reader view
/// keeps it, <c>mozilla/readability</c>): what a reader does not read is taken out first — scripts and
/// styles, forms, hidden elements, navigation, asides, page headers and footers, and blocks whose class
/// or id names them chrome (share, nav, footer, related, comment, breadcrumb…) unless they hold most of
/// the page's prose; then every paragraph scores its container (its commas, its length) and the
/// container with the most prose and the fewest links is the body. The article runs from the page's
/// title — the nearest heading before the body — to the body's end, so the bylines and dates between
/// them (来源, 发布时间) stay for the chrome filter and the meta. Blocks and &lt;br&gt; end lines; a block that
/// is mostly a link (related articles, 上一篇) is left out; a table row is a line of its cells.
/// </summary>
internal static partial class HtmlArticle
{
    /// <summary>Elements whose content is no text of the page, or is the site's, not the article's.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "button", "select",
        "input", "textarea", "nav", "aside", "map", "video", "audio", "dialog",
    };

    /// <summary>Elements that end a line before and after them.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "html", "#document", "br",
    };

    [GeneratedRegex(@"share|sharing|social|bdshare|jiathis|nav|menu|breadcrumb|crumb|location|position|footer|foot|copyright|sidebar|side-|related|relate|recommend|hot|rank|comment|pinglun|pagination|pager|page-?turn|toolbar|tool-?bar|banner|advert|\bad\b|ads\b|sponsor|login|search|qrcode|erweima|weixin|wechat|popup|modal|cookie|subscribe|print|fontsize|font-size|zihao", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"article|content|main|body|text|post|entry|detail|story|TRS_Editor|zhengwen|\bzw\b|con_|_con\b|pages?_content|view|zoom", RegexOptions.IgnoreCase)]
    private static partial Regex Likely();

    [GeneratedRegex(@"title|headline|biaoti", RegexOptions.IgnoreCase)]
    private static partial Regex TitleClass();

    /// <summary>The article's lines, each at the line of the page's source where its text begins, and what was taken for its body (<c>&lt;div id="zoom"&gt;</c>).</summary>
    public static (List<SourceLine> Lines, string Body) Read(HtmlNode document)
    {
        var body = document.Descendants().FirstOrDefault(n => n.Name == "body") ?? document;
        var title = document.Descendants().FirstOrDefault(n => n.Name == "title");
        Prune(body, new Counts(body));
        var counts = new Counts(body);
        var candidate = BestContainer(body, counts);
        var heading = TitleBefore(body, candidate, counts);
        var lines = new List<SourceLine>();
        var writer = new LineWriter(lines, counts);
        if (heading is null)
        {
            // No heading names the article: the page's title does, before the site's name (…_中国政府网).
            if (title is not null && TitleText(title) is { Length: >= 4 } text && !Inner(candidate).Contains(text, StringComparison.Ordinal))
            {
                lines.Add(new SourceLine(text, title.Line));
            }

            writer.Write(candidate);
        }
        else
        {
            // From the title to the body's end, in document order.
            var inRegion = false;
            foreach (var node in TopLevelPieces(heading, candidate))
            {
                inRegion |= ReferenceEquals(node, heading) || heading.IsWithin(node);
                if (inRegion)
                {
                    writer.Write(node);
                }
            }
        }

        writer.Flush();
        return (lines, candidate.ToString());
    }

    /// <summary>
    /// The nodes that tile the page from the title to the body's end: the ancestors' siblings on the way
    /// from the heading up to the common ancestor, then down to the body, so the walk visits each node once.
    /// </summary>
    private static List<HtmlNode> TopLevelPieces(HtmlNode heading, HtmlNode candidate)
    {
        if (heading.IsWithin(candidate))
        {
            return [candidate];
        }

        var common = heading;
        while (common.Parent is not null && !candidate.IsWithin(common))
        {
            common = common.Parent;
        }

        // The path from the common ancestor's child that holds the heading, and the one that holds the body.
        HtmlNode ChildHolding(HtmlNode node)
        {
            var n = node;
            while (n.Parent is not null && !ReferenceEquals(n.Parent, common))
            {
                n = n.Parent;
            }

            return n;
        }

        var first = ChildHolding(heading);
        var last = ChildHolding(candidate);
        var pieces = new List<HtmlNode>();
        // Within the heading's branch: the heading and what follows it.
        pieces.AddRange(Following(first, heading));
        var from = common.Children.IndexOf(first) + 1;
        var to = common.Children.IndexOf(last);
        for (var i = from; i < to; i++)
        {
            pieces.Add(common.Children[i]);
        }

        // Within the body's branch: what precedes the body, then the body.
        pieces.AddRange(Preceding(last, candidate));
        pieces.Add(candidate);
        return pieces;
    }

    /// <summary>The nodes of <paramref name="branch"/> from <paramref name="node"/> on: the node, then each ancestor's later siblings.</summary>
    private static List<HtmlNode> Following(HtmlNode branch, HtmlNode node)
    {
        var result = new List<HtmlNode> { node };
        for (var n = node; !ReferenceEquals(n, branch) && n.Parent is { } parent; n = parent)
        {
            result.AddRange(parent.Children.Skip(parent.Children.IndexOf(n) + 1));
        }

        return result;
    }

    /// <summary>The nodes of <paramref name="branch"/> before <paramref name="node"/>, outermost first, in document order.</summary>
    private static List<HtmlNode> Preceding(HtmlNode branch, HtmlNode node)
    {
        var levels = new List<List<HtmlNode>>();
        for (var n = node; !ReferenceEquals(n, branch) && n.Parent is { } parent; n = parent)
        {
            levels.Add([.. parent.Children.Take(parent.Children.IndexOf(n))]);
        }

        levels.Reverse();
        return [.. levels.SelectMany(l => l)];
    }

    /// <summary>Takes out what no reader reads as the article (<see cref="Hidden"/>, hidden elements, chrome by class or id, a page's header and footer).</summary>
    private static void Prune(HtmlNode body, Counts counts)
    {
        var total = counts.Letters(body);
        foreach (var node in body.Descendants().Where(n => !n.IsText).ToList())
        {
            if (node.Parent is null || !node.IsWithin(body) || ReferenceEquals(node, body))
            {
                continue;
            }

            var name = node.Name!;
            var style = node.Attribute("style").Replace(" ", string.Empty, StringComparison.Ordinal);
            var hidden = Hidden.Contains(name) || node.Attributes.ContainsKey("hidden") || node.Attribute("aria-hidden") == "true"
                || style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
            var pageFrame = name is "header" or "footer" && !Ancestors(node).Any(a => a.Name is "article" or "main");
            var names = node.Attribute("class") + " " + node.Attribute("id");
            var chrome = names.Length > 1 && Unlikely().IsMatch(names) && !Likely().IsMatch(names) && name is not ("body" or "article" or "main");
            if (hidden || pageFrame || (chrome && !HoldsTheProse(node, total, counts)))
            {
                node.Remove();
            }
        }
    }

    /// <summary>Whether a block named like chrome holds most of the page's prose (a site that calls its article box "share-content").</summary>
    private static bool HoldsTheProse(HtmlNode node, int total, Counts counts)
    {
        var letters = counts.Letters(node);
        return letters >= 200 && letters * 2 >= total && counts.LinkDensity(node) < 0.3;
    }

    /// <summary>
    /// The container with the most prose (Readability's scoring): each paragraph of 25 letters or more
    /// scores 1, one per comma and one per hundred letters (at most 3), and gives it to its container, half
    /// to the one above and a third to the one above that; a container's score is discounted by the share
    /// of its text in links, raised where its class or id names an article, lowered where it names chrome.
    /// </summary>
    private static HtmlNode BestContainer(HtmlNode body, Counts counts)
    {
        var scores = new Dictionary<HtmlNode, double>(ReferenceEqualityComparer.Instance);
        foreach (var node in body.Descendants())
        {
            if (node.IsText || node.Name is not ("p" or "td" or "pre" or "li" or "dd" or "section" or "div" or "blockquote" or "span" or "font" or "center"))
            {
                continue;
            }

            // A div (or span) counts as a paragraph only where it holds text itself, not only blocks.
            if (node.Name is "div" or "section" or "span" or "font" or "center" or "li" or "dd" or "td" && !node.Children.Any(c => c.IsText && Letters(c.Text!) > 0))
            {
                continue;
            }

            var text = Own(node);
            var letters = Letters(text);
            if (letters < 25)
            {
                continue;
            }

            var score = 1 + text.Count(c => c is '，' or ',' or '。' or '；') + Math.Min(letters / 100, 3);
            var container = node.Name is "p" or "span" or "font" ? node.Parent : node;
            for (var (level, n) = (1, container); level <= 3 && n is not null; level++, n = n.Parent)
            {
                if (!scores.ContainsKey(n))
                {
                    scores[n] = Initial(n);
                }

                scores[n] += score / (level == 1 ? 1 : level == 2 ? 2 : 3 * 1.0);
                if (ReferenceEquals(n, body))
                {
                    break;
                }
            }
        }

        HtmlNode best = body;
        var bestScore = double.MinValue;
        foreach (var (node, score) in scores)
        {
            var final = score * (1 - counts.LinkDensity(node));
            if (final > bestScore)
            {
                (best, bestScore) = (node, final);
            }
        }

        return best;
    }

    private static double Initial(HtmlNode node)
    {
        var score = node.Name switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var names = node.Attribute("class") + " " + node.Attribute("id");
        if (names.Length > 1)
        {
            score += Likely().IsMatch(names) ? 25 : 0;
            score -= Unlikely().IsMatch(names) ? 25 : 0;
        }

        return score;
    }

    /// <summary>
    /// The page's title: the nearest heading before the body (h1–h3, or a block whose class or id names a
    /// title) of 4 to 100 letters, preferring an h1; null when there is none.
    /// </summary>
    private static HtmlNode? TitleBefore(HtmlNode body, HtmlNode candidate, Counts counts)
    {
        HtmlNode? found = null;
        var h1 = false;
        foreach (var node in body.Descendants())
        {
            if (ReferenceEquals(node, candidate))
            {
                break;
            }

            if (node.IsText || !(node.Name is "h1" or "h2" or "h3" || (node.Name is "div" or "p" or "span" or "td" && TitleClass().IsMatch(node.Attribute("class") + " " + node.Attribute("id")))))
            {
                continue;
            }

            var letters = counts.Letters(node);
            if (letters is < 4 or > 100 || counts.LinkDensity(node) > 0.5)
            {
                continue;
            }

            if (!h1 || node.Name == "h1")
            {
                (found, h1) = (node, node.Name == "h1");
            }
        }

        if (found is null)
        {
            // A heading that opens the body is the title, and in it.
            return null;
        }

        return found;
    }

    private static string TitleText(HtmlNode title)
    {
        var text = Collapse(Inner(title)).Trim();
        var cut = text.IndexOfAny(['_', '|', '｜']);
        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        var at = new[] { cut, dash }.Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        return text[..at].Trim();
    }

    private static IEnumerable<HtmlNode> Ancestors(HtmlNode node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
        {
            yield return n;
        }
    }

    /// <summary>All the text under <paramref name="node"/>.</summary>
    private static string Inner(HtmlNode node)
    {
        var sb = new StringBuilder();
        foreach (var n in node.Descendants())
        {
            if (n.IsText && n.Parent?.Name is not ("script" or "style"))
            {
                sb.Append(n.Text);
            }
        }

        return sb.ToString();
    }

    /// <summary>The text of <paramref name="node"/> that is not inside a block of its own (a paragraph's words, not its children's paragraphs).</summary>
    private static string Own(HtmlNode node)
    {
        var sb = new StringBuilder();
        var stack = new Stack<HtmlNode>(node.Children.AsEnumerable().Reverse());
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n.IsText)
            {
                sb.Append(n.Text);
            }
            else if (n.Name is not ("div" or "p" or "table" or "ul" or "ol" or "section" or "article"))
            {
                for (var i = n.Children.Count - 1; i >= 0; i--)
                {
                    stack.Push(n.Children[i]);
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Letters and digits: what a page's prose is made of (Chinese characters count one each).</summary>
    private static int Letters(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || CjkChar.IsCjk(c))
            {
                n++;
            }
        }

        return n;
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Writes nodes as lines: blocks and &lt;br&gt; end lines, HTML white space collapses, pre keeps its lines, a table row is one line of its cells.</summary>
    private sealed class LineWriter(List<SourceLine> lines, Counts counts)
    {
        private readonly StringBuilder _line = new();
        private int _lineNumber;
        private bool _space;

        public void Write(HtmlNode node)
        {
            if (node.IsText)
            {
                Text(node.Text!, node.Line, pre: Ancestors(node).Any(a => a.Name is "pre" or "textarea" or "plaintext" or "listing"));
                return;
            }

            if (node.Name == "br")
            {
                Flush();
                return;
            }

            if (node.Name == "tr" && node.Children.Count(c => c.Name is "td" or "th") > 1)
            {
                Row(node);
                return;
            }

            var block = Blocks.Contains(node.Name!);
            if (block)
            {
                if (MostlyLink(node))
                {
                    return;
                }

                Flush();
            }

            foreach (var child in node.Children)
            {
                Write(child);
            }

            if (block)
            {
                Flush();
            }
        }

        public void Flush()
        {
            var text = _line.ToString().Trim();
            if (text.Length > 0)
            {
                lines.Add(new SourceLine(text, _lineNumber));
            }

            _line.Clear();
            _space = false;
            _lineNumber = 0;
        }

        /// <summary>A row of several cells: one line, its cells apart by an ideographic space (as a Word table's row reads).</summary>
        private void Row(HtmlNode row)
        {
            Flush();
            var cells = new List<string>();
            var first = 0;
            foreach (var cell in row.Children.Where(c => c.Name is "td" or "th"))
            {
                var inner = new List<SourceLine>();
                var writer = new LineWriter(inner, counts);
                foreach (var child in cell.Children)
                {
                    writer.Write(child);
                }

                writer.Flush();
                if (inner.Count > 0)
                {
                    cells.Add(string.Join(' ', inner.Select(l => l.Text)));
                    first = first == 0 ? inner[0].Line : first;
                }
            }

            if (cells.Count > 0)
            {
                lines.Add(new SourceLine(string.Join('\u3000', cells), first));
            }
        }

        private void Text(string text, int line, bool pre)
        {
            if (pre)
            {
                var pieces = text.ReplaceLineEndings("\n").Split('\n');
                for (var i = 0; i < pieces.Length; i++)
                {
                    if (i > 0)
                    {
                        Flush();
                    }

                    Append(pieces[i], line + i);
                }

                return;
            }

            var at = line;
            foreach (var c in text)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _space = _line.Length > 0;
                    at += c == '\n' ? 1 : 0;
                    continue;
                }

                if (_space)
                {
                    _line.Append(' ');
                    _space = false;
                }

                if (_line.Length == 0)
                {
                    _lineNumber = at;
                }

                _line.Append(c);
            }
        }

        private void Append(string text, int line)
        {
            if (_line.Length == 0 && text.Length > 0)
            {
                _lineNumber = line;
            }

            _line.Append(text);
        }

        /// <summary>A short block that is all link: a related article, 上一篇, a menu's item.</summary>
        private bool MostlyLink(HtmlNode node)
        {
            var letters = counts.Letters(node);
            return letters is > 0 and < 100 && counts.LinkDensity(node) >= 0.8;
        }
    }

    /// <summary>The letters under each element, and how many of them are inside links: counted once, bottom up.</summary>
    private sealed class Counts
    {
        private readonly Dictionary<HtmlNode, (int Letters, int Linked)> _counts = new(ReferenceEqualityComparer.Instance);

        public Counts(HtmlNode root)
        {
            // Post-order without recursion: a node is counted after its children.
            var stack = new Stack<(HtmlNode Node, bool Done)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, done) = stack.Pop();
                if (node.IsText)
                {
                    continue;
                }

                if (!done)
                {
                    stack.Push((node, true));
                    foreach (var child in node.Children)
                    {
                        stack.Push((child, false));
                    }

                    continue;
                }

                var (letters, linked) = (0, 0);
                foreach (var child in node.Children)
                {
                    var (l, k) = child.IsText ? (node.Name is "script" or "style" ? 0 : HtmlArticle.Letters(child.Text!), 0) : _counts[child];
                    letters += l;
                    linked += child.IsText ? 0 : k;
                }

                _counts[node] = (letters, node.Name == "a" ? letters : linked);
            }
        }

        public int Letters(HtmlNode node) => _counts.TryGetValue(node, out var c) ? c.Letters : 0;

        /// <summary>The share of the letters under <paramref name="node"/> that are inside links.</summary>
        public double LinkDensity(HtmlNode node) =>
            _counts.TryGetValue(node, out var c) && c.Letters > 0 ? Math.Min(1, c.Linked / (double)c.Letters) : 0;
    }
}
