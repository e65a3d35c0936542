using EcoBrief.Chinese;

namespace EcoBrief.Layout.Text;

/// <summary>
/// Where a line may break in Chinese text, after W3C clreq (Requirements for Chinese Text Layout)
/// and GB/T 15834: between ideographs; never before closing punctuation (，。、；：？！）》」』〕…)
/// nor after opening punctuation (（《「『〔“); never inside a Latin word or a number with its unit
/// (PM2.5, COP28, 62.7亿元, 5%左右, 68万人以上, 2026年), nor between a number and the bound before it
/// (突破20万亿元, 超过1000万人); never inside —— or ……; after a space.
/// </summary>
public static class LineBreakRules
{
    private const string NoStart = "，。、；：？！）》」』〕】〉”’…‥·・％‰℃,.;:?!)]}%>〗｝﹀︶";
    private const string NoEnd = "（《「『〔【〈“‘([{<〖｛";

    public static bool IsNoStart(char c) => NoStart.Contains(c, StringComparison.Ordinal);

    public static bool IsNoEnd(char c) => NoEnd.Contains(c, StringComparison.Ordinal);

    /// <summary>The length of a part separator (" · ") that a line starting at <paramref name="i"/> would begin with after a break before it; 0 when there is none.</summary>
    public static int SeparatorAt(string text, int i) =>
        i > 0 && i + 1 < text.Length && text[i] == '·' && text[i - 1] == ' ' && text[i + 1] == ' ' ? 2 : 0;

    /// <summary>True when a line may end after <c>text[i - 1]</c> and the next start at <c>text[i]</c>.</summary>
    public static bool CanBreakBefore(string text, int i)
    {
        if (i <= 0 || i >= text.Length)
        {
            return false;
        }

        var a = text[i - 1];
        var b = text[i];
        if (char.IsLowSurrogate(b))
        {
            return false;
        }

        if (b == ' ')
        {
            return false;
        }

        if (a == ' ')
        {
            // Parts joined by " · " (省长某某 · 某某会议 · 2026年2月5日) break before the dot, which the
            // next line then drops (LineBreaker.SkipSeparator): never one left at a line's end.
            return !(i >= 3 && text[i - 2] == '·' && text[i - 3] == ' ');
        }

        if (IsNoStart(b) || IsNoEnd(a))
        {
            return false;
        }

        if ((a == '—' && b == '—') || (a == '…' && b == '…'))
        {
            return false;
        }

        if (IsWordChar(a) && IsWordChar(b))
        {
            return false;
        }

        // A number keeps its magnitude, unit and bound, and the bound written before it (NumberRuns).
        if (NumberRuns.Parts(text, i))
        {
            return false;
        }

        return IsCjk(a) || IsCjk(b) || char.IsHighSurrogate(a) || char.IsHighSurrogate(b);
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '%' or '-' or '/' or '_' or '+' or '@' or '#' or '&' or '\'' or '°';

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static bool IsCjk(char c) =>
        IsIdeograph(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= '\uF900' and <= '\uFAFF'
            or '“' or '”' or '‘' or '’' or '—' or '…' or '·';
}
