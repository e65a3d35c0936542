using System.Text;
using System.Xml;

namespace EcoBrief.Writers;

/// <summary>
/// Leaves out the characters XML cannot carry, which a scraped report can hold (U+FFFF, U+FFFE,
/// C0 controls such as U+000B, lone surrogates): an XML writer throws on them, and a document that
/// has them is not well-formed.
/// </summary>
/// <remarks>XML 1.0 (Fifth Edition) §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].</remarks>
public static class XmlCharacters
{
    /// <summary>
    /// <paramref name="text"/> without the characters XML 1.0 forbids (the same string when it has
    /// none); each one left out is added to <paramref name="removed"/> as its code unit.
    /// </summary>
    public static string Clean(string text, ICollection<int>? removed = null)
    {
        var first = IndexOfForbidden(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
            else
            {
                removed?.Add(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Where the first character XML 1.0 forbids is, or -1.</summary>
    public static int IndexOfForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>A warning naming what was left out, or null when nothing was.</summary>
    public static string? Warning(IReadOnlyCollection<int> removed) => removed.Count == 0
        ? null
        : $"left out {removed.Count} character(s) that XML 1.0 does not allow: {string.Join(", ", removed.Distinct().Order().Select(c => $"U+{c:X4}"))}";
}
