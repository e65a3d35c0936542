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

    /// <summary>
    /// True where a space stands inside a number's phrase, as typesetting and conversions leave it, and
    /// Chinese text sets none: between a number and its per cent sign (<c>12 %以上</c>), its qualifier (<c>3% 左右</c>), its unit
    /// (<c>2023 年</c>, <c>8.3 个百分点</c>, <c>12 万人</c>) or the punctuation that ends its clause
    /// (<c>增长8.3% ；</c>, as before any clause's end: <c>个百分点 。</c>), and after the mark of an item (<c>一、 2023年</c>). The space goes, so the number
    /// reads with its unit and qualifier. A space before a number stays: it may part a title from its
    /// byline or a table's cells (<c>政府工作报告 2004年…</c>, <c>地区生产总值增长 5%左右</c>).
    /// </summary>
    private static bool InsideNumberPhrase(char before, char after) =>
        (IsDigit(before) && (IsPercent(after) || IsUnit(after)))
        || (IsNumberEdge(before) && IsQualifier(after))
        || ((IsNumberEdge(before) || Chinese.CjkChar.IsHan(before)) && IsClausePunctuation(after))
        || (before is '、' && IsDigit(after));

    /// <summary>The first characters of a number's qualifiers: 左右, 以上/以内/以下, 余, 多.</summary>
    private static bool IsQualifier(char c) => c is '左' or '以' or '余' or '多';

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '\uFF10' and <= '\uFF19';

    private static bool IsPercent(char c) => c is '%' or '\uFF05' or '\u2030';

    private static bool IsNumberEdge(char c) => IsDigit(c) || IsPercent(c);

    /// <summary>Punctuation that ends a clause or an item: 、，。；：！？.</summary>
    private static bool IsClausePunctuation(char c) => c is '、' or '，' or '。' or '；' or '：' or '！' or '？';

    /// <summary>The first characters of the genre's units and dates: 年月日, 个/万/亿/元/倍/吨/公里/平方米/人/户/家/项.</summary>
    private static bool IsUnit(char c) => c is '年' or '月' or '日' or '个' or '万' or '亿' or '千' or '元' or '倍' or '吨' or '公' or '平' or '人' or '户' or '家' or '项' or '座' or '所' or '套' or '件' or '辆' or '台' or '条' or '次' or '周' or '天' or '岁' or '名';

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
                if (!InsideNumberPhrase(sb[^1], c))
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
