using System.Globalization;
using EcoBrief.Templating;

namespace EcoBrief.Document;

/// <summary>
/// Bounds how deeply the Markdown a template wrote nests, before Markdig parses it: Markdig and the
/// writers recurse over the tree, and a stack overflow cannot be caught, so 50,000 nested <c>*</c>
/// would end the process. Lists and quotes (<c>&gt;</c>), links and images (<c>[</c>) and emphasis
/// (<c>*</c>, <c>_</c>, <c>~</c>) each have a depth limit far beyond any briefing's.
/// </summary>
/// <remarks>
/// The measure is conservative and cheap (one pass, no allocation): block depth is the number of
/// quote and list markers a line starts with, plus its indentation in steps of two when it is a list
/// item; link depth is unclosed unescaped <c>[</c>; emphasis depth is the delimiters opened and not
/// yet closed (a run that can only open adds its length, one that can only close takes it away), each
/// counted within a paragraph (to the next blank line or list item). Code spans and fenced code are not counted.
/// </remarks>
public static class MarkdownNesting
{
    /// <summary>Lists and block quotes inside each other.</summary>
    public const int MaxBlockDepth = 32;

    /// <summary>Unclosed <c>[</c> inside each other (links, images, footnote references).</summary>
    public const int MaxBracketDepth = 32;

    /// <summary>Emphasis delimiters open at once (<c>***</c> counts three).</summary>
    public const int MaxEmphasisDepth = 64;

    /// <exception cref="TemplateException">Nested deeper than a limit: one line with the place and the limit.</exception>
    public static void Check(string markdown, string origin)
    {
        var line = 1;
        var brackets = 0;
        var emphasis = 0;
        var fence = '\0';
        var fenceLength = 0;
        var pos = 0;
        if (markdown.StartsWith("---\n", StringComparison.Ordinal) || markdown.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            // The front matter is YAML, which FrontMatterReader bounds: skip to its closing fence.
            var close = markdown.IndexOf("\n---", 3, StringComparison.Ordinal);
            var dots = markdown.IndexOf("\n...", 3, StringComparison.Ordinal);
            close = close < 0 ? dots : dots < 0 ? close : Math.Min(close, dots);
            if (close >= 0)
            {
                line += markdown.AsSpan(0, close + 1).Count('\n');
                var next = markdown.IndexOf('\n', close + 1);
                pos = next < 0 ? markdown.Length + 1 : next + 1;
                line++;
            }
        }

        while (pos <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', pos);
            if (end < 0)
            {
                end = markdown.Length;
            }

            var text = markdown.AsSpan(pos, end - pos);
            var trimmed = text.TrimStart(" \t");
            if (fence != '\0')
            {
                var run = Run(trimmed, fence);
                if (run >= fenceLength && trimmed[run..].Trim(" \t\r").IsEmpty)
                {
                    fence = '\0';
                }
            }
            else if (trimmed.Trim(" \t\r").IsEmpty)
            {
                // A blank line ends a paragraph: what it left open closes with it.
                brackets = 0;
                emphasis = 0;
            }
            else if (Run(trimmed, '`') >= 3 || Run(trimmed, '~') >= 3)
            {
                fence = trimmed[0];
                fenceLength = Run(trimmed, fence);
            }
            else
            {
                var inline = BlockPrefix(text, out var depth);
                if (depth > MaxBlockDepth)
                {
                    throw Deeper(origin, line, "lists and quotes nest", depth, MaxBlockDepth);
                }

                if (depth > 0)
                {
                    // A new list item or quote: inlines do not run on from the block before.
                    brackets = 0;
                    emphasis = 0;
                }

                Inline(inline, ref brackets, ref emphasis);
                if (brackets > MaxBracketDepth)
                {
                    throw Deeper(origin, line, "links ([) nest", brackets, MaxBracketDepth);
                }

                if (emphasis > MaxEmphasisDepth)
                {
                    throw Deeper(origin, line, "emphasis (*, _, ~) nests", emphasis, MaxEmphasisDepth);
                }
            }

            pos = end + 1;
            line++;
        }
    }

    private static TemplateException Deeper(string origin, int line, string what, int depth, int limit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{origin}: the Markdown it writes, line {line}: {what} {(depth > limit * 4 ? $"more than {limit * 4}" : depth.ToString(CultureInfo.InvariantCulture))} deep; the limit is {limit}"));

    private static int Run(ReadOnlySpan<char> text, char c)
    {
        var n = 0;
        while (n < text.Length && text[n] == c)
        {
            n++;
        }

        return n;
    }

    /// <summary>The text after the quote and list markers a line starts with; <paramref name="depth"/> how deep they nest.</summary>
    private static ReadOnlySpan<char> BlockPrefix(ReadOnlySpan<char> text, out int depth)
    {
        depth = 0;
        var spaces = 0;
        var listed = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                spaces++;
                i++;
            }
            else if (c == '\t')
            {
                spaces += 4;
                i++;
            }
            else if (c == '>')
            {
                depth++;
                i++;
            }
            else if ((c is '-' or '*' or '+') && (i + 1 == text.Length || text[i + 1] is ' ' or '\t'))
            {
                depth++;
                listed = true;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < text.Length && j - i < 9 && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                if (j < text.Length && text[j] is '.' or ')' && (j + 1 == text.Length || text[j + 1] is ' ' or '\t'))
                {
                    depth++;
                    listed = true;
                    i = j + 1;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }

            if (depth > MaxBlockDepth * 4)
            {
                break;
            }
        }

        if (listed)
        {
            depth = Math.Max(depth, spaces / 2 + 1);
        }

        return text[i..];
    }

    private static void Inline(ReadOnlySpan<char> text, ref int brackets, ref int emphasis)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '`')
            {
                // A code span: its text is literal, up to a run of as many backticks.
                var run = Run(text[i..], '`');
                var close = text[(i + run)..].IndexOf(new string('`', run));
                i = close < 0 ? i + run - 1 : i + run + close + run - 1;
            }
            else if (c == '[')
            {
                brackets++;
                if (brackets > MaxBracketDepth)
                {
                    return;
                }
            }
            else if (c == ']')
            {
                brackets = Math.Max(0, brackets - 1);
            }
            else if (c is '*' or '_' or '~')
            {
                var run = Run(text[i..], c);
                var before = i == 0 ? ' ' : text[i - 1];
                var after = i + run < text.Length ? text[i + run] : ' ';
                var opens = !char.IsWhiteSpace(after);
                var closes = !char.IsWhiteSpace(before);
                if (opens && (!closes || emphasis == 0))
                {
                    // Can open (between two letters, as in a*b* or **标题**：, only when nothing is open to close).
                    emphasis += run;
                    if (emphasis > MaxEmphasisDepth)
                    {
                        return;
                    }
                }
                else if (closes)
                {
                    emphasis = Math.Max(0, emphasis - run);
                }

                i += run - 1;
            }
        }
    }
}
