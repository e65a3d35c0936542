using System.Globalization;
using System.Text.RegularExpressions;
using EcoBrief.Diagnostics;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Outline;
using EcoBrief.Chinese;

namespace EcoBrief.Extraction;

/// <summary>
/// Title, speaker, role, occasion, date and publication, from the lines before the report's body,
/// the chrome around it (source and date lines) and the notes that name the meeting.
/// </summary>
internal static partial class MetaExtractor
{
    private const string Han = @"\p{IsCJKUnifiedIdeographs}";

    private const string Name = Meta.MetaRules.Name;

    /// <summary>How many lines at each end of the report are searched for the meeting and its date.</summary>
    private const int EdgeLines = 30;

    private const string RoleWord = Meta.MetaRules.RoleWord;

    /// <summary>What a report calls itself: 报告, 讲话, 发言, 致辞.</summary>
    [GeneratedRegex(@"报告|讲话|发言|致辞")]
    private static partial Regex TitleWord();

    /// <summary>A report's own title inside a notice that sends it round (关于印发…《政府工作报告》的通知) or a repository's title.</summary>
    [GeneratedRegex(@"《(?<title>[^》]{2,40}(?:报告|讲话))》")]
    private static partial Regex QuotedTitle();

    /// <summary>…在某某会议上作政府工作报告 / …上的政府工作报告: the title at the end of a sentence that says who gave it (never with the 的 that joins them).</summary>
    [GeneratedRegex(@"(?:上的|上|作|的)(?<title>(?:[" + Han + @"]{0,12}?)?(?:政府)?工作报告)(?:\s*[（(][^）)]*[）)])?$")]
    private static partial Regex TitleAtEnd();

    /// <summary>The text says it is a government work report: 向大会作政府工作报告 · 向大会报告政府工作 · 我代表省人民政府向大会作报告.</summary>
    [GeneratedRegex(@"向(?:大会|人民代表大会)(?:作|报告|提交)[^，。；]{0,10}?工作|人民代表大会[^，。；]{0,20}?会议上的(?:政府)?工作报告|代表[^，。；]{2,14}?作(?:政府)?工作报告|我代表[^，。；]{0,16}?(?:政府|国务院)[，,]?\s*向[^，。；]{0,30}?(?:作|报告|提交)")]
    private static partial Regex SaysItIsAWorkReport();

    /// <summary>向大会作关于某某规划纲要的报告: the text names the report it is.</summary>
    [GeneratedRegex(@"向(?:大会|人民代表大会)作(?<title>关于[^，。；]{4,60}?的报告)")]
    private static partial Regex SaysWhichReport();

    /// <summary>A byline of a people's congress: ——2022年1月8日在某某省第十三届人民代表大会第五次会议上.</summary>
    [GeneratedRegex(@"人民代表大会[^，。；]{0,20}?会议|人大[^，。；]{0,10}?次会议")]
    private static partial Regex CongressByline();

    /// <summary>A line that is a date and perhaps a name or a meeting, in brackets: （2011年1月12日） · （2011年1月18日 王某）.</summary>
    [GeneratedRegex(@"^[（(]?\s*[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日")]
    private static partial Regex DateLine();

    /// <summary>A document's number in the meeting's papers: 市十七届人大一次会议文件（三）.</summary>
    [GeneratedRegex(@"文件\s*[（(]?[一二三四五六七八九十0-9]+[）)]?$|^[（(]?[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日[^）)]*?(?:通过|印发)[）)]?$")]
    private static partial Regex DocumentLabel();

    [GeneratedRegex(@"^(?:原标题|原题|标题)\s*[：:]\s*")]
    private static partial Regex OriginalTitle();

    /// <summary>（2024年1月24日在某某省第十四届人民代表大会第三次会议上 省长 某某）after a title.</summary>
    [GeneratedRegex(@"\s*[（(][^（）()]*(?:[0-9]{4}\s*年|会议|大会)[^（）()]*[）)]\s*$|\s+[0-9]{4}\s*年[^（）()]*(?:会议|大会)上?$")]
    private static partial Regex BylineInBrackets();

    [GeneratedRegex(@"^(?:[●•◆■▪◇○◎★☆►▶]|\*+)\s*")]
    private static partial Regex LeadingBullet();

    /// <summary>A sentence of the opening (现在，我代表…向大会报告工作，请予审议。), not a title.</summary>
    [GeneratedRegex(@"[。！？]$|^(?:现在|我代表|受[^，。]{1,10}委托)")]
    private static partial Regex OpeningSentence();

    /// <summary>A byline's dash, however typed: —— －－ ── --.</summary>
    [GeneratedRegex(@"^[—–―\-－─]{1,2}")]
    private static partial Regex LeadingDash();

    /// <summary>An office alone, or an office and a name: never a title.</summary>
    [GeneratedRegex(@"(?:" + RoleWord + @")[\s：:]*[" + Han + @"·\s]{0,5}$")]
    private static partial Regex OfficeLine();

    /// <summary>李强（2024年3月5日）: a speech's byline, a name with the delivery date.</summary>
    [GeneratedRegex(@"^(?<name>[" + Han + @"·]{2,4})\s*[（(](?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日[）)]$")]
    private static partial Regex NameDate();


    /// <summary>A name alone on its line (some pages print the speaker so, with the office elsewhere).</summary>
    [GeneratedRegex(@"^(?<name>" + Name + @")$")]
    private static partial Regex NameAlone();

    /// <summary>——二〇二五年二月十二日在…: a delivery date in Chinese numerals.</summary>
    [GeneratedRegex(@"(?<y>[〇零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,3})月(?<d>[一二三四五六七八九十]{1,3})日\s*(?:在|于)")]
    private static partial Regex ChineseDeliveryDate();


    [GeneratedRegex(@"(?:来源|出处|稿源|刊载于|原载)\s*[:：]\s*(?<value>[^\s|｜]+(?:\s*《[^》]+》)?)")]
    private static partial Regex SourceField();

    /// <summary>
    /// The meeting the report was given at: 在…会议上 · 在…大会的政府工作报告 — not a leader's speech the body
    /// cites (学习贯彻…在某某庆祝大会上的重要讲话精神), whose meeting is not the report's.
    /// </summary>
    [GeneratedRegex(@"在(?<occ>[^，。；、“”（）()]{4,60}?(?:会议|大会|全会|常委会|座谈会|推进会|研讨会|论坛|年会|峰会))(?:上(?!的?重要讲话|发表的?重要讲话)|开幕式上|闭幕式上|(?=的(?:政府)?工作报告|的报告|的讲话))")]
    private static partial Regex Occasion();

    /// <summary>A subtitle that names the meeting alone, perhaps with its date: 第十二届全国人大二次会议，2014年3月5日.</summary>
    [GeneratedRegex(@"^[—–\-]*\s*(?<occ>第[一二三四五六七八九十]+届[^，。；：:“”（）()]{2,40}?(?:会议|大会|全会))\s*(?:[，,、\s]\s*[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)?$")]
    private static partial Regex OccasionLine();

    /// <summary>
    /// A note that the meeting passed the report, under its title: 2020年1月8日某某市第十届人民代表大会第三次会议通过,
    /// （2005年2月3日市九届人大四次会议第二次全体会议通过）: the meeting is the report's, its sitting left out.
    /// </summary>
    [GeneratedRegex(@"^[（(]?\s*[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?<occ>[^，。；：:“”（）()]{4,40}?(?:会议|大会))(?:第[一二三四五六七八九十]+次全体会议)?\s*(?:通过|批准)\s*[）)]?$")]
    private static partial Regex PassedLine();

    [GeneratedRegex(@"(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日\s*(?:在|于)")]
    private static partial Regex DeliveryDate();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})\s*(?:[-/.年])\s*(?<m>[0-9]{1,2})\s*(?:[-/.月])\s*(?<d>[0-9]{1,2})")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"《(?<name>[^》]{2,40})》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"(?<y>[0-9]{4})\s*年\s*第\s*(?<n>[0-9]{1,3})\s*期")]
    private static partial Regex IssueNumber();

    /// <summary>A line that names the meeting: 人民代表大会, 人大, 会议.</summary>
    [GeneratedRegex(@"人民代表大会|人大[^，。；]{0,6}次会议|会议")]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"^(?:各位|同志们|尊敬的|女士们|代表们)")]
    private static partial Regex Salutation();

    public static BriefingMeta Extract(ReportOutline outline, DiagnosticBag bag) => Extract(outline, bag, out _, out _);

    /// <summary>The meta fields, and what the title and the speaker rest on (the buckets of their calibrated confidence).</summary>
    public static BriefingMeta Extract(ReportOutline outline, DiagnosticBag bag, out string titleBasis, out string speakerBasis)
    {
        var report = outline.Report;
        var front = FrontLines(outline);
        var captions = report.Chrome.Where(c => c.Kind is ChromeKind.PhotoCaption or ChromeKind.Byline).Select(c => c.Text)
            .Concat(report.FrontMatter?.Title is { } fmTitle ? [fmTitle] : [])
            .Concat(NewsLead(outline)).ToList();
        var reading = SpeakerReading(front.Concat(report.Chrome.Where(c => c.Kind == ChromeKind.Duplicate).Select(c => c.Text)).ToList(), captions);
        string? title = reading?.Title, speaker = reading?.Speaker, role = reading?.Role;
        speakerBasis = reading?.Rule.Name ?? "none";
        titleBasis = title is null ? "none" : reading!.Rule.Name;

        if (speaker is null)
        {
            // 王某某 alone under the title: with 省长王某某 somewhere in the text, or right under the byline or the date.
            var all = string.Join('\n', report.Chrome.Select(c => c.Text).Prepend(report.Text));
            for (var i = 0; i < front.Count; i++)
            {
                if (NameAlone().Match(front[i]) is not { Success: true } m || Salutation().IsMatch(front[i]) || !Meta.MetaRules.IsNameText(Meta.MetaRules.Compact(m.Groups["name"].Value)))
                {
                    continue;
                }

                var name = Meta.MetaRules.Compact(m.Groups["name"].Value);
                if (RoleBefore(all, name) is { } r)
                {
                    (speaker, role, speakerBasis) = (name, r, "name-and-office-elsewhere");
                    break;
                }

                if (i > 0 && IsBylineLine(front[i - 1]))
                {
                    (speaker, speakerBasis) = (name, "name-under-date");
                    break;
                }
            }
        }

        string? bylineDate = null;
        if (front.Select(l => NameDate().Match(l)).FirstOrDefault(m => m.Success) is { } byline)
        {
            if (speaker is null)
            {
                (speaker, speakerBasis) = (byline.Groups["name"].Value, "name-date");
            }
            bylineDate = IsoDate(byline);
        }

        if (title is null)
        {
            (title, titleBasis) = TitleOf(front, report);
        }

        // The meeting and the delivery date are named in the front matter or in a closing note
        // (本文系作者在…会议上的讲话): read those, not the whole report.
        var lines = report.Lines;
        var edges = lines.Take(EdgeLines).Concat(lines.Skip(Math.Max(EdgeLines, lines.Count - EdgeLines))).Select(l => l.Text);
        var allText = string.Join('\n', front.Concat(edges).Concat(report.Chrome.Select(c => c.Text)));
        var occasion = Occasion().Match(allText) is { Success: true } occ ? occ.Groups["occ"].Value.Replace("\n", string.Empty, StringComparison.Ordinal) : null; // a subtitle broken over two lines
        occasion ??= front.Select(l => OccasionLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["occ"].Value;
        occasion ??= front.Select(l => PassedLine().Match(l.Trim())).FirstOrDefault(m => m.Success)?.Groups["occ"].Value;
        // The delivery date is the one the byline gives (——某年某月某日在…会议上, （2011年1月12日）); a
        // page's stamp (时间：2026-02-11, 时事报告 2024-05-28 16:06) says when it was posted, which a
        // reader must not take for the meeting's date.
        var delivered = bylineDate ?? (DeliveryDate().Match(allText) is { Success: true } dd ? IsoDate(dd) : null);
        delivered ??= ChineseDeliveryDate().Match(allText) is { Success: true } cd ? ChineseIsoDate(cd) : null;
        var posted = report.Chrome.Where(c => c.Kind is ChromeKind.Dateline or ChromeKind.Byline)
            .Select(c => AnyDate().Match(c.Text)).Where(m => m.Success).Select(IsoDate).FirstOrDefault(d => d is not null);
        var frontDate = front.Select(l => (Line: l, Date: AnyDate().Match(l))).Where(x => x.Date.Success).Select(x => (x.Line, Iso: IsoDate(x.Date))).FirstOrDefault(x => x.Iso is not null);
        if (delivered is null && frontDate.Iso is not null && (DateLine().IsMatch(frontDate.Line) || MeetingWord().IsMatch(frontDate.Line)))
        {
            // （2011年1月12日） under the title; a byline that names the meeting with its date
            // (——在2013年1月23日某某省…会议上, 第九届全国人大二次会议，某年3月5日, …会议通过).
            delivered = frontDate.Iso;
        }

        // A date alone on its line, written as a date is said (2010年3月5日), above the salutation: the
        // byline's, though a page's dateline looks the same when it stands there alone.
        var salutation = outline.Paragraphs.FirstOrDefault(p => Salutation().IsMatch(p.Text) || Marker.Detect(p.Text) is { Style: not NumberingStyle.Dash })?.Span.Line ?? 0;
        delivered ??= report.Chrome.Where(c => c.Kind == ChromeKind.Dateline && c.Line < salutation && DateLine().IsMatch(c.Text.Trim()) && c.Text.Trim().EndsWith('日'))
            .Select(c => AnyDate().Match(c.Text)).Where(m => m.Success).Select(IsoDate).FirstOrDefault(d => d is not null);
        if (delivered is not null && posted == delivered)
        {
            posted = null;
        }

        posted ??= frontDate.Iso is { } fd && fd != delivered ? fd : null;
        var published = delivered ?? posted;

        var publication = report.Chrome.Select(c => SourceField().Match(c.Text)).Where(m => m.Success).Select(m => Publication(m.Groups["value"].Value)).FirstOrDefault(p => p is not null);
        var sourceUrl = report.FrontMatter?.Sources.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        var (region, level) = Meta.RegionReader.Read([occasion, title, role, report.FrontMatter?.Title, .. front.Take(4)], report.Text);

        if (title is null)
        {
            bag.Add(DiagnosticKinds.NoTitle.Of("no title found before the report's text"));
        }

        if (speaker is null)
        {
            bag.Add(DiagnosticKinds.NoSpeaker.Of("no speaker found (a line such as 某某部部长某某：标题 or 国务院总理 某某)"));
        }

        if (published is null)
        {
            bag.Add(DiagnosticKinds.NoDate.Of("no delivery or publication date found"));
        }

        return new BriefingMeta(title, speaker, role, occasion, published, publication)
        {
            Delivered = delivered,
            Posted = posted,
            SourceUrl = sourceUrl,
            Region = region,
            Level = level,
        };
    }

    /// <summary>
    /// The paragraphs before the salutation (各位代表：) when the text has one: where a page that carries
    /// the report tells who gave it (…会议今天上午开幕，市长某某某作政府工作报告).
    /// </summary>
    private static IEnumerable<string> NewsLead(ReportOutline outline)
    {
        var before = outline.Paragraphs.Take(NewsLeadParagraphs + 1).TakeWhile(p => !Salutation().IsMatch(p.Text)).ToList();
        return before.Count <= NewsLeadParagraphs ? before.Select(p => p.Text) : [];
    }

    /// <summary>How many paragraphs may stand before the salutation for them to be read as a lead.</summary>
    private const int NewsLeadParagraphs = 8;

    /// <summary>
    /// A line of a byline, which a name alone on the next line signs: it gives the day (——某年某月某日在…,
    /// （2011年1月12日）, 二〇〇三年一月八日在…) or ends on the meeting (…第五次会议上, a byline broken over two lines).
    /// </summary>
    private static bool IsBylineLine(string line) =>
        DeliveryDate().IsMatch(line) || DateLine().IsMatch(line) || ChineseDeliveryDate().IsMatch(line) || MeetingEnd().IsMatch(line);

    /// <summary>…人民代表大会第五次会议上 · 次会议上）: the end of a byline that names the meeting.</summary>
    [GeneratedRegex(@"(?:会议|大会)上?\s*[）)]?$")]
    private static partial Regex MeetingEnd();

    /// <summary>Body lines before the first numbered heading or full sentence: where titles and bylines stand.</summary>
    private static List<string> FrontLines(ReportOutline outline)
    {
        var result = new List<string>();
        foreach (var p in outline.Paragraphs)
        {
            if (Marker.Detect(p.Text) is { Style: not NumberingStyle.Dash } || (p.Text.Contains('。', StringComparison.Ordinal) && p.Text.Length > 40) || result.Count >= 12)
            {
                break;
            }

            result.Add(p.Text);
        }

        // A page that puts a resolution or a news lead before the report (…会议听取和审议了…。) ends the
        // lines above on its first sentence; the title, byline and speaker then stand in the short lines
        // right above the salutation.
        var paragraphs = outline.Paragraphs.Take(SalutationReach).ToList();
        var salutation = paragraphs.FindIndex(p => Salutation().IsMatch(p.Text));
        if (salutation > result.Count)
        {
            var start = salutation;
            while (start > result.Count && salutation - start < 6 && IsShortLine(paragraphs[start - 1].Text))
            {
                start--;
            }

            result.AddRange(paragraphs.Skip(start).Take(salutation - start).Select(p => p.Text));
        }

        return result;
    }

    /// <summary>How far into the text the salutation is looked for.</summary>
    private const int SalutationReach = 30;

    private static bool IsShortLine(string text) => text.Length <= 40 && !text.Contains('。', StringComparison.Ordinal) && Marker.Detect(text) is null or { Style: NumberingStyle.Dash };

    /// <summary>
    /// The first reading of the speaker rules (<see cref="Meta.MetaRules.Speaker"/>): a front line first,
    /// then the captions and the front matter's title, which say who gave the report in a sentence.
    /// </summary>
    private static Meta.MetaReading? SpeakerReading(List<string> front, List<string> captions)
    {
        foreach (var rule in Meta.MetaRules.Speaker)
        {
            var lines = rule.Where == Meta.MetaPlace.FrontLine ? front : front.Concat(captions);
            foreach (var line in lines)
            {
                if (rule.Read(line) is { Speaker: not null } reading)
                {
                    return reading;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The report's own title: a line before the text that calls it a report or a speech (spaced-out
    /// letters closed up, a byline run on to it cut off); the title inside a notice that sends it round;
    /// the front matter's; 政府工作报告 when the text says it is one; else the first line that reads as a
    /// title and is no byline, date, office, salutation or document number.
    /// </summary>
    private static (string? Title, string Basis) TitleOf(List<string> front, IngestedReport report)
    {
        foreach (var line in front)
        {
            var compact = LeadingBullet().Replace(IsSpacedOut(line) ? Meta.MetaRules.Compact(line) : line, string.Empty);
            if (QuotedTitle().Match(compact) is { Success: true } quoted && quoted.Length < compact.Length)
            {
                // 关于印发…《政府工作报告》的通知 · 某某作《政府工作报告》: the title in its quotation marks.
                return (quoted.Groups["title"].Value, "quoted");
            }

            if (IsTitleLine(compact) && TitleWord().IsMatch(compact))
            {
                // 原标题：… is a repost's note; a byline run on after —— or in brackets is not the title.
                var title = OriginalTitle().Replace(compact, string.Empty);
                var cut = title.IndexOf("——", StringComparison.Ordinal);
                title = cut > 0 ? title[..cut].Trim() : title;
                return (BylineInBrackets().Replace(title, string.Empty).Trim(), "title-line");
            }
        }

        if (report.FrontMatter?.Title is { } fm && TitleWord().IsMatch(fm))
        {
            var clean = Meta.MetaRules.Compact(fm);
            if (QuotedTitle().Match(clean) is { Success: true } quoted)
            {
                return (quoted.Groups["title"].Value, "front-matter");
            }

            // A repository's title that is a sentence (2008年1月17日某某省省长某某在…上作政府工作报告): the title it ends with.
            var sentence = DeliveryDate().IsMatch(clean) || CongressByline().IsMatch(clean) || DateLine().IsMatch(clean);
            var fromFront = sentence ? TitleAtEnd().Match(clean) is { Success: true } end ? end.Groups["title"].Value : null : clean;
            return (fromFront, fromFront is null ? "none" : "front-matter");
        }

        var opening = string.Join('\n', report.Lines.Take(EdgeLines).Select(l => l.Text));
        if (SaysWhichReport().Match(opening) is { Success: true } which)
        {
            return (which.Groups["title"].Value, "names-its-report");
        }

        if (SaysItIsAWorkReport().IsMatch(opening) || front.Any(l => CongressByline().IsMatch(l)))
        {
            return ("政府工作报告", "says-work-report");
        }

        var first = front.FirstOrDefault(IsTitleLine);
        if (first is null && ReviewHeading().IsMatch(report.Text) && ReportsToCongress().IsMatch(report.Text))
        {
            // A text kept without its title and salutation that still reads as the genre: it reviews the
            // government's year and speaks of the congress's oversight of it (接受人大的监督, 办理人大代表的建议).
            return ("政府工作报告", "reads-as-work-report");
        }

        return (first, first is null ? "none" : "first-line");
    }

    /// <summary>A heading of the year's review: 2011年工作回顾, 过去五年工作的回顾.</summary>
    [GeneratedRegex(@"工作(?:的)?回顾")]
    private static partial Regex ReviewHeading();

    /// <summary>The government answering to the people's congress: 接受人大及其常委会的法律监督 · 办理人大代表建议.</summary>
    [GeneratedRegex(@"接受[^。；]{0,10}人大[^。；]{0,16}监督|办理[^。；]{0,8}人大代表(?:建议|议案)")]
    private static partial Regex ReportsToCongress();

    /// <summary>A line that may be a title: not a byline, a date, an office, a salutation, a lead-in or a document number.</summary>
    private static bool IsTitleLine(string line) =>
        line.Length is >= 4 and <= 80
        && !LeadingDash().IsMatch(line)
        && !OpeningSentence().IsMatch(line)
        && !Salutation().IsMatch(line)
        && !OfficeLine().IsMatch(line)
        && !DateLine().IsMatch(line)
        && !DocumentLabel().IsMatch(line)
        && !line.EndsWith('：')
        && !(line.StartsWith('（') && line.EndsWith('）'))
        && !(line.StartsWith('在') && CongressByline().IsMatch(line));

    /// <summary>政 府 工 作 报 告: letters spaced out to the width of a line.</summary>
    private static bool IsSpacedOut(string line) =>
        line.Length >= 5 && Enumerable.Range(0, line.Length).All(i => (i % 2 == 1) == (line[i] is ' ' or '\u3000'));

    private static string? Publication(string value)
    {
        value = value.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        var book = BookTitle().Match(value);
        var issue = IssueNumber().Match(value);
        return book.Success && issue.Success ? $"《{book.Groups["name"].Value}》{issue.Value}" : value;
    }

    /// <summary>The office named right before <paramref name="name"/> somewhere in the text (省长王某某), or null.</summary>
    private static string? RoleBefore(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
        {
            var before = text[Math.Max(0, i - 12)..i];
            if (RoleAtEnd().Match(before) is { Success: true } m)
            {
                return m.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[" + Han + @"]{0,8}?(?:" + RoleWord + @")$")]
    private static partial Regex RoleAtEnd();


    private static string? ChineseIsoDate(Match m)
    {
        var digits = m.Groups["y"].Value.Select(c => c is '〇' or '零' ? 0 : ChineseNumeral.Parse(c.ToString())).ToArray();
        var y = (digits[0] * 1000) + (digits[1] * 100) + (digits[2] * 10) + digits[3];
        var mo = ChineseNumeral.Parse(m.Groups["m"].ValueSpan);
        var d = ChineseNumeral.Parse(m.Groups["d"].ValueSpan);
        return y is >= 1900 and <= 2999 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
            ? new DateOnly(y, mo, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static string? IsoDate(Match m)
    {
        var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
            ? new DateOnly(y, mo, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }
}
