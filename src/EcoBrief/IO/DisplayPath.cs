using System.Globalization;
using System.Text;

namespace EcoBrief.IO;

/// <summary>
/// A path as the user is shown it: on one line, whatever its name holds. A file name may contain a
/// newline, a carriage return, an escape sequence (on Linux every byte but '/' and NUL is allowed),
/// which printed as they are would split a log line in two, forge a line of its own, or recolour the
/// terminal, or reorder it. Control characters (C0, DEL, C1), the line and paragraph separators
/// U+2028, U+2029, and the bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+061C, U+200E,
/// U+200F) are written as escapes — <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\x1B</c>, <c>\u0085</c> — as GNU
/// <c>ls --quoting-style=escape</c> shows them; anything else is left as it is. Messages that may hold
/// a path (one from an exception, say) go through it whole, so every line printed stays one line.
/// </summary>
public static class DisplayPath
{
    /// <summary><paramref name="text"/> with its control characters escaped; the same string when it has none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case < ' ' or '\u007F':
                    sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
                    break;
                case (>= '\u0080' and <= '\u009F') or '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'):
                    sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' || IsBidiControl(c);

    /// <summary>
    /// The bidirectional formatting characters of Unicode (UAX #9 §2: embeddings and overrides
    /// U+202A–U+202E, isolates U+2066–U+2069, and the marks U+061C, U+200E, U+200F). Printed raw, one
    /// reorders the rest of the terminal line (<c>\u202Etxt.exe</c> shows as <c>exe.txt</c>: the
    /// "Trojan Source" trick, CVE-2021-42574), so a name could pass for another.
    /// </summary>
    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
