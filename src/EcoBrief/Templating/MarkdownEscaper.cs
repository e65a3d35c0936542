using System.Text;

namespace EcoBrief.Templating;

/// <summary>
/// Makes report text safe to place in Markdown: it is data, never markup. Every ASCII mark that
/// CommonMark gives meaning to inline is backslash-escaped (CommonMark §2.4), line breaks become
/// spaces, and a start that would open a block (#, &gt;, -, +, :::, 1.) is neutralised, so the text stays
/// one run of literal characters wherever a template puts it — a paragraph, a list item, a table cell.
/// </summary>
public static class MarkdownEscaper
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        var atStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }

                continue;
            }

            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#' or '!' or '$' or '{' or '}':
                    sb.Append('\\').Append(c);
                    break;
                case '-' or '+' or '=' or ':' when atStart:
                    sb.Append('\\').Append(c);
                    break;
                case '.' or ')' when IsAfterLeadingDigits(sb) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])):
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }

            atStart = atStart && char.IsWhiteSpace(c);
        }

        return sb.ToString().Trim();
    }

    /// <summary>True when everything written so far is digits: "1. " would start an ordered list.</summary>
    private static bool IsAfterLeadingDigits(StringBuilder sb)
    {
        if (sb.Length == 0 || sb.Length > 9)
        {
            return false;
        }

        for (var i = 0; i < sb.Length; i++)
        {
            if (!char.IsAsciiDigit(sb[i]))
            {
                return false;
            }
        }

        return true;
    }
}
