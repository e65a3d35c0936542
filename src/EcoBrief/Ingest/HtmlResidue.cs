using System.Net;
using System.Text.RegularExpressions;

namespace EcoBrief.Ingest;

/// <summary>
/// What a web page's markup leaves in text copied or saved from it. Character references
/// (<c>&amp;ldquo;</c> <c>&amp;#8220;</c> <c>&amp;nbsp;</c>) are decoded wherever they stand. When the text is
/// markup itself — a saved page, or paragraphs still wrapped in <c>&lt;p&gt;</c> — the tags go too: a
/// block tag ends a line, any other tag is dropped, and scripts, styles, comments and the page's head
/// go whole. Every piece keeps the line it came from, so a span still points into the original.
/// </summary>
internal static partial class HtmlResidue
{
    /// <summary>As many tags as this make the text markup; one stray &lt;br&gt; in prose does not.</summary>
    private const int MarkupTags = 3;

    [GeneratedRegex(@"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")]
    private static partial Regex CharacterReference();

    /// <summary>An HTML tag of the elements a page's text is written in (not any &lt;…&gt; of prose, such as 《》 typed as &lt;&gt;).</summary>
    [GeneratedRegex(@"<(?<close>/)?(?<name>html|head|body|title|meta|link|script|style|noscript|div|p|br|hr|span|a|b|i|u|em|strong|font|small|big|sub|sup|img|ul|ol|li|dl|dt|dd|h[1-6]|table|thead|tbody|tfoot|tr|td|th|caption|section|article|header|footer|nav|aside|main|figure|figcaption|center|blockquote|pre|iframe|form|input|button|label|select|option|textarea)\b[^<>]*>|<!--|<!DOCTYPE[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    /// <summary>Elements that start a new line of text where they open or close.</summary>
    [GeneratedRegex(@"^(?:html|head|body|title|div|p|br|hr|ul|ol|li|dl|dt|dd|h[1-6]|table|thead|tbody|tfoot|tr|td|th|caption|section|article|header|footer|nav|aside|main|figure|figcaption|center|blockquote|pre|iframe|form)$", RegexOptions.IgnoreCase)]
    private static partial Regex BlockElement();

    /// <summary>Elements whose content is not text of the page.</summary>
    [GeneratedRegex(@"^(?:script|style|noscript|head|title|iframe|textarea|select)$", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenElement();

    /// <summary>Returns the lines without markup; <paramref name="tags"/> is the number of tags removed (0 when the text is not markup).</summary>
    public static List<SourceLine> Remove(IReadOnlyList<SourceLine> lines, out int tags)
    {
        tags = 0;
        var isMarkup = IsMarkup(lines);
        var result = new List<SourceLine>(lines.Count);
        string? hiddenUntil = null;
        foreach (var line in lines)
        {
            if (!isMarkup)
            {
                // The line is normalised already: only a character reference changes it.
                if (line.Text.Contains('&', StringComparison.Ordinal))
                {
                    Add(result, line.Text, line);
                }
                else
                {
                    result.Add(line);
                }

                continue;
            }

            var text = line.Text;
            var piece = new System.Text.StringBuilder();
            var at = 0;
            while (at < text.Length)
            {
                if (hiddenUntil is not null)
                {
                    var end = text.IndexOf(hiddenUntil, at, StringComparison.OrdinalIgnoreCase);
                    if (end < 0)
                    {
                        at = text.Length;
                        break;
                    }

                    at = end + hiddenUntil.Length;
                    if (hiddenUntil != "-->")
                    {
                        // The rest of the closing tag: </script  >.
                        var close = text.IndexOf('>', at);
                        at = close < 0 ? text.Length : close + 1;
                    }

                    hiddenUntil = null;
                    tags++;
                    Add(result, piece.ToString(), line.Line);
                    piece.Clear();
                    continue;
                }

                var m = Tag().Match(text, at);
                if (!m.Success)
                {
                    piece.Append(text, at, text.Length - at);
                    break;
                }

                piece.Append(text, at, m.Index - at);
                at = m.Index + m.Length;
                tags++;
                if (m.Value == "<!--")
                {
                    hiddenUntil = "-->";
                    continue;
                }

                var name = m.Groups["name"].Value;
                if (name.Length > 0 && !m.Groups["close"].Success && HiddenElement().IsMatch(name) && !m.Value.EndsWith("/>", StringComparison.Ordinal))
                {
                    hiddenUntil = "</" + name;
                }

                if (name.Length == 0 || BlockElement().IsMatch(name) || hiddenUntil is not null)
                {
                    Add(result, piece.ToString(), line.Line);
                    piece.Clear();
                }
            }

            Add(result, piece.ToString(), line.Line);
        }

        return result;
    }

    private static bool IsMarkup(IReadOnlyList<SourceLine> lines)
    {
        var tags = 0;
        foreach (var line in lines)
        {
            tags += Tag().Count(line.Text);
            if (tags >= MarkupTags)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<SourceLine> result, string text, int line) => Add(result, text, new SourceLine(string.Empty, line));

    /// <summary>Adds <paramref name="text"/> decoded and normalised as a line of <paramref name="origin"/> (its number, and what a reader said of it).</summary>
    private static void Add(List<SourceLine> result, string text, SourceLine origin)
    {
        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = CharacterReference().Replace(text, m => WebUtility.HtmlDecode(m.Value));
        }

        text = WhitespaceNormalizer.Normalize(text);
        if (text.Length > 0)
        {
            result.Add(origin with { Text = text });
        }
    }
}
