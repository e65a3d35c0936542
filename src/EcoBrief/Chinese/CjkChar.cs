namespace EcoBrief.Chinese;

/// <summary>Character classes for Chinese text, after W3C clreq.</summary>
internal static class CjkChar
{
    /// <summary>A Han ideograph (URO, Extension A, compatibility, Extension B+ as surrogates) or the 〇 numeral.</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'
            or >= '\u3400' and <= '\u4DBF'
            or >= '\uF900' and <= '\uFAFF'
            or '\u3007'
            || char.IsSurrogate(c);

    /// <summary>CJK punctuation and full-width forms: 、。，：；！？（）《》“”「」『』【】〔〕…—.</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F'
            or >= '\uFF00' and <= '\uFF65'
            or '\u2018' or '\u2019' or '\u201C' or '\u201D'
            or '\u2026' or '\u2014' or '\u00B7';

    /// <summary>Han or CJK punctuation: the context in which ASCII punctuation should be full-width.</summary>
    public static bool IsCjk(char c) => IsHan(c) || IsCjkPunctuation(c);

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Sentence-final punctuation of Chinese text.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?';

    /// <summary>Characters after which a paragraph may legitimately end.</summary>
    public static bool IsParagraphEnd(char c) =>
        c is '。' or '！' or '？' or '；' or '：' or '”' or '’' or '」' or '』' or '…' or '）' or ')' or '!' or '?' or '》';
}
