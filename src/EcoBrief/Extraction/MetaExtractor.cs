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

    /// <summary>A person's name as bylines print it: 殷勇, 阿不都·买买提, or spaced out to the width of three (王 明).</summary>
    private const string Name = "(?:[" + Han + "]{1,8}·[" + Han + "]{1,10}|[" + Han + @"](?:[ \u3000][" + Han + "]){1,2}|[" + Han + "]{2,4})";

    /// <summary>How many lines at each end of the report are searched for the meeting and its date.</summary>
    private const int EdgeLines = 30;

    private const string RoleWord =
        "副总理|总理|副部长|部长|副主任|主任|党组书记|副书记|书记|副省长|省长|副市长|市长|区长|县长|州长|副主席|主席|副局长|局长|厅长|署长|行长|秘书长|委员长|院长|司长|总经理|董事长|总干事|会长";

    [GeneratedRegex(@"^(?<role>[" + Han + @"（）]{1,24}?(?:" + RoleWord + @"))\s?(?<name>[" + Han + @"·]{2,4}?)\s?[：:]\s?(?<title>.{4,})$")]
    private static partial Regex RoleNameTitle();

    [GeneratedRegex(@"^(?<name>[" + Han + @"]{2,3})[：:]\s?(?<title>[^：:]{8,})$")]
    private static partial Regex NameTitle();

    /// <summary>李强（2024年3月5日）: a speech's byline, a name with the delivery date.</summary>
    [GeneratedRegex(@"^(?<name>[" + Han + @"·]{2,4})\s*[（(](?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日[）)]$")]
    private static partial Regex NameDate();

    [GeneratedRegex(@"^(?<role>[" + Han + @"（）]{0,24}?(?:" + RoleWord + @"))\s+(?<name>" + Name + @")$")]
    private static partial Regex RoleName();

    /// <summary>A name alone on its line (some pages print the speaker so, with the office elsewhere).</summary>
    [GeneratedRegex(@"^(?<name>" + Name + @")$")]
    private static partial Regex NameAlone();

    /// <summary>——二〇二五年二月十二日在…: a delivery date in Chinese numerals.</summary>
    [GeneratedRegex(@"(?<y>[〇零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,3})月(?<d>[一二三四五六七八九十]{1,3})日\s*(?:在|于)")]
    private static partial Regex ChineseDeliveryDate();

    [GeneratedRegex(@"^(?<role>[" + Han + @"（）]{1,24}?(?:" + RoleWord + @"))\s?(?<name>[" + Han + @"·]{2,4}?)\s?(?:在|于)[^，。]{4,60}?(?:会议|大会|全会|论坛|座谈会)上的(?:讲话|报告|工作报告|发言)$")]
    private static partial Regex RoleNameAtMeeting();

    [GeneratedRegex(@"(?:来源|出处|稿源|刊载于|原载)\s*[:：]\s*(?<value>[^\s|｜]+(?:\s*《[^》]+》)?)")]
    private static partial Regex SourceField();

    [GeneratedRegex(@"在(?<occ>[^，。；、“”（）()]{4,60}?(?:会议|大会|全会|常委会|座谈会|推进会|研讨会|论坛|年会|峰会))(?:上|开幕式上|闭幕式上|(?=的(?:政府)?工作报告|的报告|的讲话))")]
    private static partial Regex Occasion();

    /// <summary>A subtitle that names the meeting alone, perhaps with its date: 第十二届全国人大二次会议，2014年3月5日.</summary>
    [GeneratedRegex(@"^[—–\-]*\s*(?<occ>第[一二三四五六七八九十]+届[^，。；：:“”（）()]{2,40}?(?:会议|大会|全会))\s*(?:[，,、\s]\s*[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)?$")]
    private static partial Regex OccasionLine();

    [GeneratedRegex(@"(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日\s*(?:在|于)")]
    private static partial Regex DeliveryDate();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})\s*(?:[-/.年])\s*(?<m>[0-9]{1,2})\s*(?:[-/.月])\s*(?<d>[0-9]{1,2})")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"《(?<name>[^》]{2,40})》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"(?<y>[0-9]{4})\s*年\s*第\s*(?<n>[0-9]{1,3})\s*期")]
    private static partial Regex IssueNumber();

    [GeneratedRegex(@"^(?:各位|同志们|尊敬的|女士们|代表们)")]
    private static partial Regex Salutation();

    public static BriefingMeta Extract(ReportOutline outline, DiagnosticBag bag)
    {
        var report = outline.Report;
        var front = FrontLines(outline);
        string? title = null, speaker = null, role = null;

        foreach (var line in front.Concat(report.Chrome.Where(c => c.Kind == ChromeKind.Duplicate).Select(c => c.Text)))
        {
            if (RoleNameTitle().Match(line) is { Success: true } m)
            {
                (title, speaker, role) = (m.Groups["title"].Value.Trim(), m.Groups["name"].Value, m.Groups["role"].Value);
                break;
            }
        }

        if (speaker is null)
        {
            // 某某：标题 — a name without an office, as some sites print it.
            foreach (var line in front)
            {
                if (NameTitle().Match(line) is { Success: true } m && !Salutation().IsMatch(line))
                {
                    (title, speaker) = (m.Groups["title"].Value.Trim(), m.Groups["name"].Value);
                    break;
                }
            }
        }

        if (speaker is null)
        {
            foreach (var line in front)
            {
                if ((RoleName().Match(line) is { Success: true } m) || (RoleNameAtMeeting().Match(line) is { Success: true } m2 && (m = m2) is not null))
                {
                    (speaker, role) = (m.Groups["name"].Value, m.Groups["role"].Value);
                    break;
                }
            }
        }

        if (speaker is null)
        {
            // 王某某 alone under the title, with 省长王某某作政府工作报告 in a caption or the text.
            var all = string.Join('\n', report.Chrome.Select(c => c.Text).Prepend(report.Text));
            foreach (var line in front)
            {
                if (NameAlone().Match(line) is { Success: true } m && !Salutation().IsMatch(line) && RoleBefore(all, Compact(m.Groups["name"].Value)) is { } r)
                {
                    (speaker, role) = (m.Groups["name"].Value, r);
                    break;
                }
            }
        }

        speaker = speaker is null ? null : Compact(speaker);
        string? bylineDate = null;
        if (front.Select(l => NameDate().Match(l)).FirstOrDefault(m => m.Success) is { } byline)
        {
            speaker ??= byline.Groups["name"].Value;
            bylineDate = IsoDate(byline);
        }

        title ??= front.FirstOrDefault(l => IsTitleCandidate(l) && !NameDate().IsMatch(l));

        // The meeting and the delivery date are named in the front matter or in a closing note
        // (本文系作者在…会议上的讲话): read those, not the whole report.
        var lines = report.Lines;
        var edges = lines.Take(EdgeLines).Concat(lines.Skip(Math.Max(EdgeLines, lines.Count - EdgeLines))).Select(l => l.Text);
        var allText = string.Join('\n', front.Concat(edges).Concat(report.Chrome.Select(c => c.Text)));
        var occasion = Occasion().Match(allText) is { Success: true } occ ? occ.Groups["occ"].Value.Replace("\n", string.Empty, StringComparison.Ordinal) : null; // a subtitle broken over two lines
        occasion ??= front.Select(l => OccasionLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["occ"].Value;
        var published = bylineDate ?? (DeliveryDate().Match(allText) is { Success: true } dd ? IsoDate(dd) : null);
        published ??= ChineseDeliveryDate().Match(allText) is { Success: true } cd ? ChineseIsoDate(cd) : null;
        published ??= report.Chrome.Where(c => c.Kind is ChromeKind.Dateline or ChromeKind.Byline)
            .Select(c => AnyDate().Match(c.Text)).Where(m => m.Success).Select(IsoDate).FirstOrDefault(d => d is not null);
        published ??= front.Select(l => AnyDate().Match(l)).Where(m => m.Success).Select(IsoDate).FirstOrDefault(d => d is not null);

        var publication = report.Chrome.Select(c => SourceField().Match(c.Text)).Where(m => m.Success).Select(m => Publication(m.Groups["value"].Value)).FirstOrDefault(p => p is not null);

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

        return new BriefingMeta(title, speaker, role, occasion, published, publication);
    }

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

        return result;
    }

    private static bool IsTitleCandidate(string line) =>
        line.Length is >= 4 and <= 80
        && !line.StartsWith("——", StringComparison.Ordinal)
        && !Salutation().IsMatch(line)
        && !RoleName().IsMatch(line)
        && !line.EndsWith('：');

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

    /// <summary>王 明 → 龚正: pages space out two-character names to the width of three.</summary>
    private static string Compact(string name) => name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);

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
