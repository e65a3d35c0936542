using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EcoBrief.Ingest;

/// <summary>
/// Reads a report kept as Markdown so that it gives the same lines as its plain text: the YAML front
/// matter is taken out (its title and source kept for the metadata), <c>**bold**</c> and <c>*emphasis*</c>
/// markers, <c>#</c> heading marks, <c>&gt;</c> quote marks and backslash escapes are dropped, list bullets
/// become the bullets reports use (●), table rows become lines of cells, and <c>&lt;!-- … --&gt;</c> comments
/// (where repositories keep photo captions) become chrome. Every line keeps its original line number.
/// </summary>
/// <remarks>
/// The syntax is CommonMark's (https://spec.commonmark.org/0.31.2/): ATX headings §4.2, setext
/// underlines §4.3, block quotes §5.1, list items §5.2, backslash escapes §2.4, emphasis §6.2, HTML
/// comments §4.6, and front matter as pandoc and static-site generators read it (a YAML block fenced by
/// <c>---</c> on the first line). A plain-text report is read so too when it shows the syntax: a front
/// matter, a <c>#</c> heading, a line in <c>**</c>, or a comment — marks no Chinese prose uses otherwise.
/// </remarks>
internal static partial class MarkdownSyntax
{
    /// <summary>How far down the front matter's closing fence is looked for.</summary>
    private const int FrontMatterLines = 40;

    [GeneratedRegex(@"^#{1,6}(?:[ \t]+|$)")]
    private static partial Regex AtxOpening();

    [GeneratedRegex(@"[ \t]+#+[ \t]*$")]
    private static partial Regex AtxClosing();

    [GeneratedRegex(@"^\*\*[^*].*\*\*$|^\*\*\*?[^*]+\*\*$")]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"^(?:[=]{3,}|[-]{3,}|[*]{3,}|[_]{3,})$")]
    private static partial Regex RuleOrUnderline();

    [GeneratedRegex(@"^(?:>[ \t]?)+")]
    private static partial Regex QuoteMarks();

    [GeneratedRegex(@"^[-*+][ \t]+(?=\S)")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-{0,}:?[ \t]*\|?$")]
    private static partial Regex TableDelimiterRow();

    /// <summary>A number a list item of a report opens with: 一、 （一） (1) 1. 1、</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、])")]
    private static partial Regex NumberedStart();

    [GeneratedRegex(@"^\|.*\|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\*{2,}")]
    private static partial Regex StrongMarks();

    /// <summary>A single-star emphasis whose stars touch text on their inner side (CommonMark's flanking rule, simplified).</summary>
    [GeneratedRegex(@"(?<![*\\])\*(?=[^\s*])(?<inner>[^*]*?[^\s*\\])\*(?!\*)")]
    private static partial Regex Emphasis();

    /// <summary>A footnote reference ([^1]) and a footnote's definition mark ([^1]: at a line's start).</summary>
    [GeneratedRegex(@"\[\^[^\]\s]{1,10}\](?::\s*)?")]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    /// <summary>True when the lines show Markdown syntax (see the remarks of the class).</summary>
    public static bool Shows(IReadOnlyList<SourceLine> lines)
    {
        if (FrontMatterEnd(lines) > 0)
        {
            return true;
        }

        var quoted = 0;
        foreach (var line in lines)
        {
            var t = line.Text;
            if (AtxOpening().IsMatch(t) || BoldLine().IsMatch(t) || t.StartsWith("<!--", StringComparison.Ordinal))
            {
                return true;
            }

            // One line opening with > may be prose (>90%); a run of them is a block quote.
            quoted = t.StartsWith('>') ? quoted + 1 : 0;
            if (quoted >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The lines as plain text. The front matter's lines and the comments go to <paramref name="chrome"/>
    /// (comments as <see cref="ChromeKind.PhotoCaption"/>, which is what they hold in reports);
    /// <paramref name="front"/> is what the front matter says, or null when there is none;
    /// <paramref name="invalidFrontMatter"/> is true when the fenced block is not YAML (its lines still go).
    /// </summary>
    public static List<SourceLine> ToPlainLines(IReadOnlyList<SourceLine> lines, List<ChromeLine> chrome, out FrontMatter? front, out bool invalidFrontMatter)
    {
        front = null;
        invalidFrontMatter = false;
        var start = 0;
        var end = FrontMatterEnd(lines);
        if (end > 0)
        {
            for (var i = 0; i <= end; i++)
            {
                chrome.Add(new ChromeLine(lines[i].Text, lines[i].Line, ChromeKind.FrontMatter));
            }

            front = ReadFrontMatter(lines.Skip(1).Take(end - 1), out invalidFrontMatter);
            start = end + 1;
        }

        var result = new List<SourceLine>(lines.Count - start);
        List<string>? comment = null;
        var commentLine = 0;
        for (var i = start; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (comment is not null || text.Contains("<!--", StringComparison.Ordinal))
            {
                text = TakeComments(text, lines[i].Line, chrome, ref comment, ref commentLine);
                if (text.Length == 0)
                {
                    continue;
                }
            }

            foreach (var piece in Inline(text))
            {
                result.Add(new SourceLine(piece, lines[i].Line));
            }
        }

        return result;
    }

    /// <summary>The index of the closing fence of a front matter that opens the text, or 0 when there is none.</summary>
    private static int FrontMatterEnd(IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count < 2 || lines[0].Text != "---" || lines[0].Line > 3)
        {
            return 0;
        }

        for (var i = 1; i < Math.Min(lines.Count, FrontMatterLines); i++)
        {
            if (lines[i].Text is "---" or "...")
            {
                return i;
            }

            // Front matter is keys and their values; a line of prose first means the fence was a rule.
            if (i == 1 && !lines[i].Text.Contains(':', StringComparison.Ordinal))
            {
                return 0;
            }
        }

        return 0;
    }

    private static FrontMatter? ReadFrontMatter(IEnumerable<SourceLine> lines, out bool invalid)
    {
        invalid = false;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join('\n', lines.Select(l => l.Text))));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                invalid = stream.Documents.Count > 0;
                return null;
            }

            string? Scalar(string key) =>
                map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } v } ? v.Trim() : null;

            var sources = new List<string>();
            if (map.Children.TryGetValue(new YamlScalarNode("source"), out var source) || map.Children.TryGetValue(new YamlScalarNode("url"), out source))
            {
                sources.AddRange(source switch
                {
                    YamlScalarNode { Value: { Length: > 0 } v } => [v.Trim()],
                    YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim()).OfType<string>().Where(s => s.Length > 0),
                    _ => [],
                });
            }

            return new FrontMatter(Scalar("title"), sources, Scalar("date"));
        }
        catch (YamlException)
        {
            invalid = true;
            return null;
        }
    }

    /// <summary>Moves the comments of a line (or the rest of one open on an earlier line) to the chrome; returns what is left.</summary>
    private static string TakeComments(string text, int line, List<ChromeLine> chrome, ref List<string>? open, ref int openLine)
    {
        var kept = new System.Text.StringBuilder();
        var at = 0;
        while (at < text.Length)
        {
            if (open is null)
            {
                var begin = text.IndexOf("<!--", at, StringComparison.Ordinal);
                if (begin < 0)
                {
                    kept.Append(text, at, text.Length - at);
                    break;
                }

                kept.Append(text, at, begin - at);
                (open, openLine, at) = ([], line, begin + 4);
                continue;
            }

            var close = text.IndexOf("-->", at, StringComparison.Ordinal);
            open.Add(close < 0 ? text[at..] : text[at..close]);
            if (close < 0)
            {
                break;
            }

            var caption = string.Join(string.Empty, open).Trim();
            if (caption.Length > 0)
            {
                chrome.Add(new ChromeLine(caption, openLine, ChromeKind.PhotoCaption));
            }

            (open, at) = (null, close + 3);
        }

        return kept.ToString().Trim();
    }

    /// <summary>One line of Markdown as the line or lines of text it shows.</summary>
    private static IEnumerable<string> Inline(string text)
    {
        if (RuleOrUnderline().IsMatch(text) || TableDelimiterRow().IsMatch(text))
        {
            yield break;
        }

        text = QuoteMarks().Replace(text, string.Empty);
        text = AtxOpening().Replace(text, string.Empty);
        if (text.Length != 0 && AtxClosing().IsMatch(text))
        {
            text = AtxClosing().Replace(text, string.Empty);
        }

        if (Bullet().Match(text) is { Success: true } bullet)
        {
            // A bullet before a number of its own (- 一、…) only marks the list; otherwise it is the report's ●.
            var rest = text[bullet.Length..];
            text = NumberedStart().IsMatch(rest) ? rest : "● " + rest;
        }

        if (TableRow().IsMatch(text))
        {
            // A row of a table (a list of 民生实事, say) reads as one line of its cells.
            text = string.Join('\u3000', text.Trim('|').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0));
        }

        foreach (var piece in LineBreakTag().Split(text))
        {
            var plain = StrongMarks().Replace(FootnoteMark().Replace(piece, string.Empty), string.Empty);
            plain = Emphasis().Replace(plain, "${inner}");
            plain = Escape().Replace(plain, "$1").Trim();
            if (plain.Length > 0)
            {
                yield return plain;
            }
        }
    }
}
