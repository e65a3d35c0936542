using System.Globalization;

namespace EcoBrief.Templating;

/// <summary>
/// Refuses a number literal in a template's code whose exponent is beyond a double's range (±308)
/// before Scriban parses it: an integer literal that does not fit a long is read with
/// <c>BigInteger.TryParse(text, Integer | AllowExponent)</c> (Scriban's <c>Parser.ParseInteger</c>),
/// so <c>1e30812024</c> (found by the template fuzzer) is built as the exact number it names, for
/// minutes. No template needs such a number, and a double could not hold it.
/// </summary>
internal static class TemplateNumbers
{
    /// <summary>The largest exponent a number literal may have (that of <see cref="double.MaxValue"/>).</summary>
    public const int MaxExponent = 308;

    /// <summary><paramref name="text"/> when its code holds no such literal.</summary>
    /// <exception cref="TemplateException"><c>path(line,col): …</c> naming the literal.</exception>
    public static string Check(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var code = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!code)
            {
                if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
                {
                    code = true;
                    i++;
                }

                continue;
            }

            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                code = false;
                i++;
            }
            else if (c is '"' or '\'' or '`')
            {
                i = EndOfString(text, i);
            }
            else if (char.IsAsciiDigit(c) && (i == 0 || !(char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '.')))
            {
                i = CheckNumber(text, i, path);
            }
        }

        return text;
    }

    /// <summary>Where the string literal opened at <paramref name="start"/> closes (its backslash escapes skipped), or the end.</summary>
    private static int EndOfString(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && quote != '`')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>Reads the number at <paramref name="start"/> (digits, '_', a fraction, an exponent); returns its last index.</summary>
    private static int CheckNumber(string text, int start, string path)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '_' || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            i++;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var digits = i + 1 < text.Length && text[i + 1] is '+' or '-' ? i + 2 : i + 1;
            var end = digits;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var exponent = text.AsSpan(digits, end - digits).TrimStart('0');
            if (exponent.Length > 3 || (exponent.Length > 0 && int.Parse(exponent, CultureInfo.InvariantCulture) > MaxExponent))
            {
                var line = 1 + text.AsSpan(0, start).Count('\n');
                var column = start - (text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1) + 1;
                var literal = text[start..end];
                throw new TemplateException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}({line},{column}): the number {(literal.Length > 24 ? literal[..24] + "…" : literal)} is out of range: its exponent is beyond ±{MaxExponent}, a double's range"));
            }

            i = Math.Max(i, end);
        }

        return i - 1;
    }
}
