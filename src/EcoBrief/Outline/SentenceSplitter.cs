using EcoBrief.Chinese;

namespace EcoBrief.Outline;

/// <summary>
/// Splits Chinese text into sentences at 。！？； (and ASCII ! ?), never inside quotes or brackets,
/// keeping a closing quote or bracket that follows the stop with its sentence.
/// </summary>
public static class SentenceSplitter
{
    private const int UnbalancedAfter = 150;

    public static List<Sentence> Split(string text, int from = 0) => Split(text, from, text.Length);

    public static List<Sentence> Split(string text, int from, int to)
    {
        var result = new List<Sentence>();
        var depth = 0;
        var outerOpen = 0;
        var start = from;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (IsOpen(c))
            {
                if (depth++ == 0)
                {
                    outerOpen = i;
                }
            }
            else if (IsClose(c))
            {
                depth = Math.Max(0, depth - 1);

                // “…。” closes a quoted sentence and, with it, the sentence around it.
                if (depth == 0 && i > from && CjkChar.IsSentenceEnd(text[i - 1]) && c is '”' or '’' or '」' or '』')
                {
                    Add(result, text, start, i + 1);
                    start = i + 1;
                }
            }
            else if (CjkChar.IsSentenceEnd(c) && (depth == 0 || i - outerOpen > UnbalancedAfter))
            {
                // A quote left open for this long was never closed (scraped text loses marks).
                depth = 0;
                var end = i + 1;
                while (end < to && (IsClose(text[end]) || CjkChar.IsSentenceEnd(text[end])))
                {
                    end++;
                }

                Add(result, text, start, end);
                start = end;
                i = end - 1;
            }
        }

        Add(result, text, start, to);
        return result;
    }

    private static void Add(List<Sentence> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new Sentence(text[start..end], start, end));
        }
    }

    private static bool IsOpen(char c) => c is '“' or '‘' or '「' or '『' or '（' or '(' or '《' or '【' or '〔' or '[';

    private static bool IsClose(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '》' or '】' or '〕' or ']';

    /// <summary>The sentence without its final stop: what a title or a bullet shows.</summary>
    public static string TrimStop(string sentence)
    {
        var end = sentence.Length;
        while (end > 0 && (CjkChar.IsSentenceEnd(sentence[end - 1]) || sentence[end - 1] is '，' or '：' or '、' or ','))
        {
            end--;
        }

        return sentence[..end];
    }
}
