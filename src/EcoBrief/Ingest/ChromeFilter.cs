using System.Text.RegularExpressions;
using EcoBrief.Chinese;

namespace EcoBrief.Ingest;

/// <summary>
/// Removes the chrome a web page wraps around a report: share prompts, bylines, counters, navigation,
/// comment prompts, editor credits, photo captions, and the related-article trailer after the end of
/// the report. The rules describe patterns of news and government sites, never one site's strings.
/// </summary>
public static partial class ChromeFilter
{
    private const int ShortLine = 60;

    [GeneratedRegex(@"扫码|扫一扫|扫描二维码|二维码|长按识别|分享到|转发到|打开微信|微信扫")]
    private static partial Regex SharePrompt();

    [GeneratedRegex(@"^[【\[（(]?\s*(?:文章)?(?<key>作者|编辑|责任编辑|责编|编审|审核|审校|校对|来源|出处|稿源|信息来源|分类|标签|栏目|频道|关键词|关键字|发布时间|发布日期|发表时间|更新时间|时间|日期|字号|字体|阅读|浏览|点击|供稿|撰稿|摄影|记者|通讯员|本文来源|转载)\s*[:：]")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^(?:[\s|｜·•/]*(?:浏览|阅读|点击|评论|点赞|收藏|转发|分享|在看|赞)(?:量|数|次数)?\s*[:：]?\s*[(（]?[0-9]+[)）]?\s*(?:次|人|条)?)+[\s|｜·•/]*$")]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您所在的位置|所在位置)|^(?:相关(?:报道|链接|附件|阅读|文章|新闻|稿件|专题)|延伸阅读|推荐阅读|热点推荐|更多报道)\s*[:：]?\s*$|【\s*(?:字[体号]|打印|关闭|收藏|纠错)|^字[体号]\s*[:：]?\s*[大中小\s]+$|^(?:上一篇|下一篇|上一页|下一页|上一条|下一条)\s*[:：]?")]
    private static partial Regex NavigationPattern();

    [GeneratedRegex(@"发表评论|我要评论|网友评论|参与讨论|发表您的看法|发表你的看法|评论区|条评论|登录后|文明上网|理性发言")]
    private static partial Regex CommentPrompt();

    [GeneratedRegex(@"^[【\[（(]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|编审|监制|终审|初审)\s*[:：/／]")]
    private static partial Regex EditorCredit();

    [GeneratedRegex(@"^(?:图片|图为|图\s*[:：/]|（图|\(图)|(?:摄|摄影|供图|资料图|图片来源[^）)]*)[）)]?$")]
    private static partial Regex PhotoCaption();

    [GeneratedRegex(@"^(?:[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?)?\s*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$|^[0-9]{1,2}\s+[0-9]{1,2}\s*月$|^[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日?$")]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"[0-9]{4}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}|[0-9]{1,2}:[0-9]{2}")]
    private static partial Regex NumericDate();

    /// <summary>
    /// A breadcrumb: 首页 > 要闻 > 正文 · 网站首页»政务公开 — short segments joined by arrows, the first
    /// the site's home, or three or more segments.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:网站)?首页|主页)\s*[>›»＞→]|^[^，。；：>›»＞→]{1,20}(?:\s*[>›»＞→]\s*[^，。；：>›»＞→]{1,20}){2,}$")]
    private static partial Regex Breadcrumb();

    /// <summary>A site's footer: 版权所有 · Copyright © · ICP备案号.</summary>
    [GeneratedRegex(@"^(?:版权所有|Copyright|©)|ICP[备证][0-9]|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]ICP|公网安备")]
    private static partial Regex SiteFooter();

    private static readonly HashSet<string> NavigationWords = new(StringComparer.Ordinal)
    {
        "返回", "返回顶部", "返回首页", "返回列表", "返回上页", "目录", "首页", "打印", "打印本页", "打印此文",
        "分享", "分享到", "关闭", "关闭窗口", "关闭本页", "收藏", "纠错", "上一篇", "下一篇", "上一页", "下一页",
        "更多", "查看更多", "全文", "阅读全文", "展开全文", "点击查看", "相关阅读", "相关文章", "相关新闻",
        "推荐阅读", "热门文章", "热门推荐", "延伸阅读", "猜你喜欢", "相关推荐", "大", "中", "小", "顶部", "置顶",
    };

    /// <summary>Splits <paramref name="lines"/> into the report's body and the chrome around it.</summary>
    public static (List<SourceLine> Body, List<ChromeLine> Chrome) Split(IReadOnlyList<SourceLine> lines)
    {
        var kinds = new ChromeKind?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            kinds[i] = Classify(lines[i].Text);
        }

        MarkDuplicates(lines, kinds);
        MarkTrailer(lines, kinds);

        var body = new List<SourceLine>(lines.Count);
        var chrome = new List<ChromeLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] is { } kind)
            {
                chrome.Add(new ChromeLine(lines[i].Text, lines[i].Line, kind));
            }
            else
            {
                body.Add(lines[i]);
            }
        }

        return (body, chrome);
    }

    /// <summary>The kind of chrome a single line is, judged by itself; null for report text.</summary>
    public static ChromeKind? Classify(string line)
    {
        var t = line.Trim();
        var bare = t.Trim('【', '】', '[', ']', '『', '』', '|', '｜', '>', '<', '«', '»', ' ', '◎', '●', '►', '▶', '·');
        if (NavigationWords.Contains(bare) || NavigationPattern().IsMatch(t) || (t.Length <= ShortLine && (Breadcrumb().IsMatch(t) || SiteFooter().IsMatch(t))))
        {
            return ChromeKind.Navigation;
        }

        if (Counter().IsMatch(t))
        {
            return ChromeKind.Counter;
        }

        if (DateOnly().IsMatch(t))
        {
            return ChromeKind.Dateline;
        }

        if (EditorCredit().IsMatch(t) && t.Length <= ShortLine)
        {
            return ChromeKind.EditorCredit;
        }

        if (KeyValue().Match(t) is { Success: true } kv && t.Length <= 200 && !EndsLikeProse(t))
        {
            return kv.Groups["key"].Value is "来源" or "出处" or "稿源" or "信息来源" or "本文来源" ? ChromeKind.Source : ChromeKind.Byline;
        }

        if (t.Length <= ShortLine && SharePrompt().IsMatch(t))
        {
            return ChromeKind.SharePrompt;
        }

        if (t.Length <= ShortLine && CommentPrompt().IsMatch(t))
        {
            return ChromeKind.CommentPrompt;
        }

        if (PhotoCaption().IsMatch(t) && !t.EndsWith('。'))
        {
            return ChromeKind.PhotoCaption;
        }

        // "时事报告 2024-05-28 16:06北京": a short line built around a numeric date, no sentence in it.
        if (t.Length <= 50 && NumericDate().IsMatch(t) && t.IndexOfAny(['，', '。', '；']) < 0)
        {
            return ChromeKind.Dateline;
        }

        return null;
    }

    private static bool EndsLikeProse(string t) => t.Length > ShortLine && t[^1] is '。' or '！' or '？';

    /// <summary>A page repeats its headline (in the title bar and above the article): keep the first.</summary>
    private static void MarkDuplicates(IReadOnlyList<SourceLine> lines, ChromeKind?[] kinds)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] is not null || lines[i].Text.Length > 150)
            {
                continue;
            }

            if (!seen.Add(lines[i].Text) && !IsMarkerLine(lines[i].Text))
            {
                kinds[i] = ChromeKind.Duplicate;
            }
        }
    }

    /// <summary>
    /// After the report ends, a page shows dates, counters, navigation and links to other articles.
    /// The trailer starts at the first chrome line after which no paragraph of report text follows;
    /// from there every line goes, including the titles of related articles.
    /// </summary>
    private static void MarkTrailer(IReadOnlyList<SourceLine> lines, ChromeKind?[] kinds)
    {
        var lastProse = -1;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (kinds[i] is null && IsProse(lines[i].Text))
            {
                lastProse = i;
                break;
            }
        }

        if (lastProse < 0)
        {
            return;
        }

        var start = -1;
        for (var i = lastProse + 1; i < lines.Count; i++)
        {
            if (kinds[i] is ChromeKind.Navigation or ChromeKind.Counter or ChromeKind.Dateline or ChromeKind.CommentPrompt or ChromeKind.SharePrompt)
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return;
        }

        for (var i = start; i < lines.Count; i++)
        {
            kinds[i] ??= ChromeKind.Trailer;
        }
    }

    /// <summary>Report text: a sentence that ends as sentences do and is not a one-liner, or a numbered heading.</summary>
    private static bool IsProse(string t) =>
        (t.Length >= 30 && CjkChar.IsParagraphEnd(t[^1])) || (t.Length >= 20 && t[0] is '（' or '(' && t.Contains('。', StringComparison.Ordinal));

    private static bool IsMarkerLine(string t) => t.Length > 0 && (t[0] is '（' or '(' or '一' or '二' or '三' || CjkChar.IsAsciiDigit(t[0]));
}
