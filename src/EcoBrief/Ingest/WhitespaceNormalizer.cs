using System.Text;

namespace EcoBrief.Ingest;

/// <summary>
/// Splits text into lines and normalises white space: every newline convention, NBSP and other
/// spaces, U+3000 runs (indentation in Chinese text), zero-width characters and stray control characters.
/// </summary>
internal static class WhitespaceNormalizer
{
    /// <summary>Returns the non-empty normalised lines with their 1-based original line numbers.</summary>
    public static List<SourceLine> SplitLines(string text, out int controlCharactersRemoved)
    {
        var lines = new List<SourceLine>();
        var sb = new StringBuilder();
        var lineNo = 1;
        controlCharactersRemoved = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (IsLineBreak(c))
            {
                var line = NormalizeLine(sb, ref controlCharactersRemoved);
                if (line.Length > 0)
                {
                    lines.Add(new SourceLine(line, lineNo));
                }

                sb.Clear();
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (c is '\n' or '\r')
                {
                    lineNo++;
                }

                continue;
            }

            sb.Append(c);
        }

        return lines;
    }

    /// <summary>
    /// What ends a line of text: LF, CR, CRLF, and the other separators of the Unicode Standard §5.8
    /// (R4: NEL, LS, PS, FF — the set .NET's <c>ReplaceLineEndings</c> takes), and VT, which Word writes
    /// for a manual line break when it saves plain text. A form feed between the pages of scraped or
    /// converted text (pdftotext) ends the page's last line, so the two pages' lines are never merged.
    /// Only LF, CR and CRLF count as new lines for <see cref="SourceLine.Line"/>, as editors and
    /// <c>grep -n</c> count them, so a span's line is where a user finds it.
    /// </summary>
    internal static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\f' or '\v';

    /// <summary>One line's white space normalised as <see cref="SplitLines"/> does it (its control characters dropped).</summary>
    internal static string Normalize(string line)
    {
        var removed = 0;
        return NormalizeLine(new StringBuilder(line), ref removed);
    }

    /// <summary>One line's white space normalised, counting the control characters dropped into <paramref name="controlRemoved"/>.</summary>
    internal static string Normalize(string line, ref int controlRemoved) => NormalizeLine(new StringBuilder(line), ref controlRemoved);

    private static string NormalizeLine(StringBuilder raw, ref int controlRemoved)
    {
        var sb = new StringBuilder(raw.Length);
        var pendingSpace = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    continue;
                case '\t' or '\u00A0' or '\u3000' or '\u202F' or '\u205F' or (>= '\u2000' and <= '\u200A') or ' ':
                    pendingSpace = sb.Length > 0;
                    continue;
            }

            if (char.IsControl(c))
            {
                controlRemoved++;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
