namespace EcoBrief.Chinese;

/// <summary>
/// Where a title, a heading or a label should break over lines: GB/T 9704-2012 §7.3.2 — 回行时，要做到
/// 词意完整，排列对称，长短适宜 (words whole, lines symmetric, of suitable lengths). Rules of our own
/// instead of a word segmenter (no dictionary to load at start, nothing reflective for Native AOT):
/// a line may best break after punctuation, then before the words that open a phrase in a Chinese
/// title (以…, 关于…, 在…, 全面推进…, 第…) or after 的, then between other characters; never
/// inside a word it knows (美丽中国, 现代化, 自治区 …). Among the arrangements with the fewest lines,
/// the cheapest in break quality and evenness wins; a line of one character is taken only when
/// nothing else fits.
/// </summary>
public static class PhraseBreaks
{
    /// <summary>Texts longer than this are paragraphs, broken greedily by the caller.</summary>
    public const int MaxLength = 240;

    private const int AfterPunctuation = 0;
    private const int PhraseStart = 1;
    private const int WeakPhraseStart = 2;
    private const int Anywhere = 8;
    private const int InsideWord = 14;
    private const float PenaltyWeight = 10;
    private const float LoneCharacter = 1000;
    private const float ExtraLine = 40;
    private const float ShortLastLine = 10;

    // Words that open a phrase of a title; a break before them keeps both phrases whole.
    private static readonly string[] Openers =
    [
        "关于", "对于", "为了", "围绕", "按照", "通过", "坚持", "全面", "深入", "加快", "推进", "推动", "奋力", "努力", "着力", "持续",
        "大力", "切实", "不断", "进一步", "扎实", "奋进", "迈向", "开创", "谱写", "构建", "促进", "实现", "打造", "加强",
        "政府工作报告", "工作报告", "比上年", "第",
    ];

    // Single characters that open a phrase (prepositions, conjunctions), unless they end or start a word with a neighbour.
    private const string Prepositions = "以在对为把向从将由和与及并同";
    private const string NotPrepositionAfter = "所可加予难足得存现正实内外面针相绝作成认行人参给";
    private const string NotPrepositionBefore = "上下来前后及便免至期内外此于及时";

    // Words never split (common in the titles and labels of work reports).
    private static readonly string[] Words =
    [
        "美丽中国", "中国", "美丽", "人与自然", "和谐共生", "现代化", "高质量", "生态环境", "生态", "环境", "保护", "发展", "经济", "社会",
        "人民", "全国", "代表大会", "会议", "政府", "工作", "报告", "自治区", "维吾尔", "壮族", "回族", "内蒙古", "黑龙江", "新疆",
        "西藏", "广西", "宁夏", "改革", "开放", "创新", "城乡", "居民", "收入", "增长", "比例", "比重", "面积", "总量", "产值",
        "生产总值", "国内", "地区", "财政", "预算", "公共", "一般", "固定资产", "投资", "消费", "零售", "进出口", "贸易", "就业",
        "城镇", "农村", "调查", "失业率", "价格", "指数", "空气", "质量", "优良", "天数", "水质", "断面", "森林", "覆盖率", "能源",
        "能耗", "排放", "碳", "治理", "污染", "防治", "攻坚", "精神", "学习", "贯彻", "习近平", "新时代", "中国特色社会主义", "思想",
        "战略", "任务", "目标", "安排", "全面", "推进", "推动", "建设", "实现", "坚持", "深入", "加快",
        "以上", "以下", "及以上", "及以下", "空气质量", "优良天数", "比上年", "分别", "人均", "可支配收入",
    ];

    /// <summary>
    /// The cost of a line break before each position (index i: the line ends after <c>text[i - 1]</c>):
    /// 0 after punctuation or a space, 1–2 before a phrase, 8 elsewhere, 14 inside a known word.
    /// </summary>
    public static int[] Penalties(string text)
    {
        var p = new int[text.Length + 1];
        Array.Fill(p, Anywhere);
        foreach (var w in Words)
        {
            for (var at = text.IndexOf(w, StringComparison.Ordinal); at >= 0; at = text.IndexOf(w, at + 1, StringComparison.Ordinal))
            {
                for (var i = at + 1; i < at + w.Length; i++)
                {
                    p[i] = InsideWord;
                }
            }
        }

        // Inside brackets, and on either side of a range dash (Ⅰ－Ⅲ类, 2021—2025年), is inside one term.
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsOpening(text[i]))
            {
                depth++;
            }
            else if (IsClosing(text[i]))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth > 0)
            {
                p[i] = InsideWord;
            }

            if (text[i] is '－' or '-' or '~' or '～' or '—' && i > 0 && i + 1 < text.Length && !(text[i - 1] == '—' || text[i + 1] == '—'))
            {
                p[i] = InsideWord;
                p[i + 1] = InsideWord;
            }
        }

        for (var i = 1; i < text.Length; i++)
        {
            var a = text[i - 1];
            var b = text[i];
            if (p[i] == InsideWord)
            {
                continue;
            }

            if (a == ' ' || (CjkChar.IsCjkPunctuation(a) && !IsOpening(a)) || a is ',' or ';' or ':')
            {
                p[i] = AfterPunctuation;
                continue;
            }

            if (IsOpening(b))
            {
                p[i] = PhraseStart;
            }
            else if ((OpensAt(text, i) && !OpenerEndsAt(text, i)) || (b == '第' && i + 1 < text.Length && (CjkChar.IsAsciiDigit(text[i + 1]) || "一二三四五六七八九十".Contains(text[i + 1], StringComparison.Ordinal))))
            {
                p[i] = PhraseStart;
            }
            else if (IsPreposition(text, i) && !WordStartsAt(text, i))
            {
                p[i] = b is '和' or '与' or '及' or '并' or '同' ? WeakPhraseStart : PhraseStart;
            }
            else if (a is '的' or '之' || (a == '年' && i >= 2 && CjkChar.IsAsciiDigit(text[i - 2])))
            {
                p[i] = WeakPhraseStart;
            }
        }

        return p;
    }

    /// <summary>
    /// The best line starts (excluding 0) for a title, heading or label, or null when the text is
    /// too long for this or no arrangement fits the width (the caller then breaks greedily).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="widthOf">Width of the characters <c>[start, end)</c> as a line (trailing spaces not counted).</param>
    /// <param name="width">The width available.</param>
    /// <param name="canBreakBefore">The line-breaking rules (punctuation, Latin words, numbers): true where a line may start.</param>
    /// <param name="centred">A centred title: lines as even as possible. Otherwise lines are filled, and only their breaks matter.</param>
    public static IReadOnlyList<int>? Choose(string text, Func<int, int, float> widthOf, float width, Func<int, bool> canBreakBefore, bool centred)
    {
        var n = text.Length;
        if (n == 0 || n > MaxLength)
        {
            return null;
        }

        var penalties = Penalties(text);
        var positions = new List<int> { 0 };
        for (var i = 1; i < n; i++)
        {
            if (canBreakBefore(i))
            {
                positions.Add(i);
            }
        }

        positions.Add(n);
        var em = Math.Max(widthOf(0, n) / Math.Max(1, Visible(text, 0, n)), 1e-3f);
        if (widthOf(0, n) <= width + 1e-3f)
        {
            return [];
        }

        (float Cost, int[] Starts)? best = null;
        for (var lines = 2; lines <= Math.Min(12, positions.Count - 1); lines++)
        {
            var found = Best(text, positions, penalties, widthOf, width, em, lines, centred);
            if (found is null)
            {
                continue;
            }

            // The fewest lines that fit; one more only if that is much better (no word split, no
            // character alone).
            if (best is null)
            {
                best = found;
            }
            else
            {
                if (found.Value.Cost + ExtraLine < best.Value.Cost)
                {
                    best = found;
                }

                break;
            }
        }

        return best?.Starts;
    }

    private static (float Cost, int[] Starts)? Best(string text, List<int> positions, int[] penalties, Func<int, int, float> widthOf, float width, float em, int lines, bool centred)
    {
        var m = positions.Count;
        var target = widthOf(0, text.Length) / lines;
        var cost = new float[lines + 1, m];
        var from = new int[lines + 1, m];
        for (var k = 0; k <= lines; k++)
        {
            for (var j = 0; j < m; j++)
            {
                cost[k, j] = float.PositiveInfinity;
            }
        }

        cost[0, 0] = 0;
        for (var k = 1; k <= lines; k++)
        {
            for (var j = 1; j < m; j++)
            {
                var end = positions[j];
                if ((k == lines) != (j == m - 1))
                {
                    continue;
                }

                for (var i = j - 1; i >= 0; i--)
                {
                    if (float.IsPositiveInfinity(cost[k - 1, i]))
                    {
                        continue;
                    }

                    var start = positions[i];
                    var w = widthOf(start, end);
                    if (w > width + 1e-3f)
                    {
                        break;
                    }

                    var c = cost[k - 1, i] + LineCost(text, start, end, w, width, target, em, k == lines, centred);
                    if (end < text.Length)
                    {
                        c += penalties[end] * PenaltyWeight;
                    }

                    if (c < cost[k, j])
                    {
                        cost[k, j] = c;
                        from[k, j] = i;
                    }
                }
            }
        }

        if (float.IsPositiveInfinity(cost[lines, m - 1]))
        {
            return null;
        }

        var starts = new int[lines - 1];
        var at = m - 1;
        for (var k = lines; k > 1; k--)
        {
            at = from[k, at];
            starts[k - 2] = positions[at];
        }

        return (cost[lines, m - 1], starts);
    }

    private static float LineCost(string text, int start, int end, float w, float width, float target, float em, bool last, bool centred)
    {
        var c = Visible(text, start, end) == 1 ? LoneCharacter : 0;
        if (centred)
        {
            var d = (w - target) / em;
            c += d * d;
        }
        else if (!last)
        {
            var d = (width - w) / em;
            c += 0.3f * d * d;
        }
        else if (Visible(text, start, end) == 2)
        {
            // A last line of two characters under a full one reads as a leftover (天数|比例).
            c += ShortLastLine;
        }

        return c;
    }

    /// <summary>Characters that count for length: not spaces, not punctuation, a surrogate pair once.</summary>
    private static int Visible(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c != ' ' && !char.IsLowSurrogate(c) && !CjkChar.IsCjkPunctuation(c) && !char.IsPunctuation(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool WordStartsAt(string text, int i)
    {
        foreach (var w in Words)
        {
            if (string.CompareOrdinal(text, i, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClosing(char c) => c is '）' or '》' or '」' or '』' or '〕' or '】' or '〉' or '”' or '’';

    /// <summary>True when an opener ends right before i: 全面|推进, 加快|建设 are one phrase.</summary>
    private static bool OpenerEndsAt(string text, int i)
    {
        foreach (var w in Openers)
        {
            if (w.Length > 1 && i >= w.Length && string.CompareOrdinal(text, i - w.Length, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpening(char c) => c is '（' or '《' or '「' or '『' or '〔' or '【' or '〈' or '“' or '‘';

    private static bool OpensAt(string text, int i)
    {
        foreach (var w in Openers)
        {
            if (w != "第" && string.CompareOrdinal(text, i, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPreposition(string text, int i)
    {
        var b = text[i];
        if (!Prepositions.Contains(b, StringComparison.Ordinal) || i + 1 >= text.Length)
        {
            return false;
        }

        return !NotPrepositionAfter.Contains(text[i - 1], StringComparison.Ordinal) && !NotPrepositionBefore.Contains(text[i + 1], StringComparison.Ordinal);
    }
}
