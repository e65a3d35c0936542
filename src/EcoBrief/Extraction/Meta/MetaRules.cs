using System.Text.RegularExpressions;

namespace EcoBrief.Extraction.Meta;

/// <summary>
/// The ways reports of the genre print their speaker and title, each a <see cref="MetaRule"/> with
/// examples and counterexamples (every one runs as a test). Names in the examples are invented (张某某,
/// 王明); the shapes are the genre's: 某某市市长 张某某 under a byline, 省 长 张某某 spaced to the width of
/// a line, 市长：张某某, （2005年1月25日 张某某）, a byline that runs on into the office and name, and
/// the photo caption 市长张某某代表市政府向大会作政府工作报告 a repository keeps in a comment.
/// </summary>
internal static partial class MetaRules
{
    private const string Han = @"\p{IsCJKUnifiedIdeographs}";

    /// <summary>A person's name as bylines print it: 王明, 阿不都·买买提, or spaced out to the width of three (王 明).</summary>
    public const string Name = "(?:[" + Han + "]{1,8}·[" + Han + "]{1,10}|[" + Han + @"](?:[ \u3000][" + Han + "]){1,2}|[" + Han + "]{2,4})";

    /// <summary>
    /// A name after an office and a space, which may be as long as the names of the autonomous regions
    /// run (巴特尔, 白玛赤林, 乌云其木格: up to five characters written close).
    /// </summary>
    private const string LongName = "(?:[" + Han + "]{1,8}·[" + Han + "]{1,10}|[" + Han + @"](?:[ \u3000][" + Han + "]){1,2}|[" + Han + "]{2,5})";

    /// <summary>A name written close after its office (自治区主席白玛赤林, 自治区主席乌云其木格): up to five characters.</summary>
    private const string OfficeCloseName = "(?:[" + Han + "]{1,8}·[" + Han + "]{1,10}|[" + Han + "]{2,5})";

    /// <summary>A name in a caption's sentence (白玛某某作政府工作报告): two to four characters, the fewest that let the sentence go on.</summary>
    private const string CaptionName = "(?:[" + Han + "]{1,8}·[" + Han + "]{1,10}|[" + Han + "]{2,4}?)";

    /// <summary>A name written close, as a caption or a run-on byline has it: two or three characters, or a name with ·.</summary>
    private const string CloseName = "(?:[" + Han + "]{1,8}·[" + Han + "]{1,10}|[" + Han + "]{2,3})";

    /// <summary>The offices that give work reports and speeches.</summary>
    public const string RoleWord =
        "副总理|总理|副部长|部长|副主任|主任|党组书记|副书记|书记|副省长|省长|副市长|市长|区长|县长|州长|副主席|主席|副局长|局长|厅长|署长|行长|秘书长|委员长|院长|司长|总经理|董事长|总干事|会长";

    private const string Office = "[" + Han + @"（）]{0,24}?(?:" + RoleWord + ")";

    /// <summary>An office as a byline sets it: 某某市委常委、常务副市长 · 某某市人民政府 代市长 · 某某省政协副主席  某某市市长.</summary>
    private const string SpacedOffice = "(?:[" + Han + @"（）、]{1,24}[ \u3000]+){0,2}[" + Han + @"（）、]{0,24}?(?:" + RoleWord + ")";

    private const string IsoDay = @"[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日";

    [GeneratedRegex(@"^(?<role>" + Office + @")\s?(?<name>[" + Han + @"·]{2,4}?)\s?[：:]\s?(?<title>.{4,})$")]
    private static partial Regex RoleNameTitlePattern();

    [GeneratedRegex(@"^(?<name>[" + Han + @"]{2,3})[：:]\s?(?<title>[^：:]{8,})$")]
    private static partial Regex NameTitlePattern();

    [GeneratedRegex(@"^(?<role>" + Office + @")(?:\s*[：:]\s*|\s+)(?<name>" + LongName + @")$")]
    private static partial Regex RoleNamePattern();

    [GeneratedRegex(@"^(?<role>" + SpacedOffice + @")[ \u3000]+(?<name>" + LongName + @")$")]
    private static partial Regex OfficeNamePattern();

    /// <summary>李某某代市长作政府工作报告: a caption that names the speaker before the office.</summary>
    [GeneratedRegex(@"(?:^|[，,。；\s：:]|日)(?<name>" + CloseName + @")(?<role>(?:代)?(?:" + RoleWord + @"))(?:同志)?(?:代表[" + Han + @"]{2,12})?\s?(?:在[^，。]{4,60}?上)?(?:向大会)?作(?:了)?[《“]?(?:政府)?工作报告")]
    private static partial Regex NameRoleCaptionPattern();

    [GeneratedRegex(@"^(?<role>" + Office + @")(?<name>" + OfficeCloseName + @")$")]
    private static partial Regex RoleNameClosePattern();

    /// <summary>某某省省长 张某某  2020年01月22日 · 某某省省长 张某某（2002年1月24日）: the office, the name and the day.</summary>
    [GeneratedRegex(@"^(?<role>" + Office + @")\s*(?<name>" + LongName + @")\s*[（(]?\s*" + IsoDay + @"\s*[）)]?$")]
    private static partial Regex RoleNameDatePattern();

    [GeneratedRegex(@"^(?<role>(?:[" + Han + @"][ \u3000]){1,8}[" + Han + @"])[ \u3000]*[：:]?[ \u3000]+(?<name>" + Name + @")$")]
    private static partial Regex SpacedRoleNamePattern();

    [GeneratedRegex(@"^.*(?:会议|大会)上(?:[（(][^）)]*[）)])?(?:\s*[，,]?\s*(?<role>" + Office + @")\s*[：:]?\s*|\s+)(?<name>" + Name + @")(?<!讲话)\s*(?:讲话)?\s*[）)]?$")]
    private static partial Regex BylineRunOnPattern();

    [GeneratedRegex(@"[（(]\s*" + IsoDay + @"\s*(?<name>" + Name + @")\s*[）)]$")]
    private static partial Regex DateNamePattern();

    [GeneratedRegex(@"^(?<name>[" + Han + @"·]{2,4})\s*[（(]" + IsoDay + @"[）)]$")]
    private static partial Regex NameDatePattern();

    [GeneratedRegex(@"^(?<role>" + Office + @")\s?(?<name>[" + Han + @"·]{2,4}?)\s?(?:在|于)[^，。]{4,60}?(?:会议|大会|全会|论坛|座谈会)上的(?:讲话|报告|工作报告|发言)$")]
    private static partial Regex RoleNameAtMeetingPattern();

    /// <summary>省长张某某代表省政府向大会作政府工作报告 · 张某某在某某会议上作政府工作报告.</summary>
    [GeneratedRegex(@"(?:^|[，,。；、\s：:]|日)(?:[" + Han + @"]{0,16}?(?<role>(?:代)?(?:" + RoleWord + @")))?(?<name>" + CaptionName + @")(?:同志)?(?:代表[" + Han + @"]{2,12})?\s?(?:在[^，。]{4,60}?上)?(?:向大会)?(?:所)?作(?:了)?[《“]?(?:政府)?工作报告")]
    private static partial Regex CaptionPattern();

    /// <summary>张某某市长在某某会议上的政府工作报告 · 关于印发张某某市长在…上所作《政府工作报告》的通知.</summary>
    [GeneratedRegex(@"(?:^|[，,。；\s：:]|印发)(?<name>" + CloseName + @")(?<role>(?:代)?(?:" + RoleWord + @"))(?:同志)?在[^，。]{4,60}?上(?:的|所作|作)")]
    private static partial Regex NameRoleAtMeetingPattern();

    /// <summary>某某政府工作报告（2012年1月11日 张某某）: a repository's title with the delivery date and the speaker.</summary>
    [GeneratedRegex(@"报告\s*[（(]\s*" + IsoDay + @"\s+(?<name>" + Name + @")\s*[）)]")]
    private static partial Regex TitleDateNamePattern();

    [GeneratedRegex(@"(?:" + RoleWord + ")$")]
    private static partial Regex EndsInOffice();

    [GeneratedRegex(@"^(?:" + RoleWord + @"|各位|同志|代表|政府|工作|报告|会议|人民|委员|原标题|标题|原题|题目|来源|作者|时间|主题|文件|附件|注释|说明|编者|摘要|向大会|大会)")]
    private static partial Regex NotAName();

    /// <summary>Words of the genre no name holds (市长办公会议, 向大会作报告).</summary>
    [GeneratedRegex(@"会议|大会|工作|报告|政府|人民|代表|委员|领导|同志|办公")]
    private static partial Regex NotInAName();

    /// <summary>
    /// The speaker rules, most specific first: the first that reads a name gives the speaker.
    /// </summary>
    public static IReadOnlyList<MetaRule> Speaker { get; } =
    [
        new("role-name-title", MetaPlace.FrontLine, RoleNameTitlePattern(),
            [("某某部部长王明：凝心聚力开创工作新局面", "王明/某某部部长/凝心聚力开创工作新局面")],
            ["各位代表：现在我代表市政府报告工作"]) { Check = IsName },
        new("name-title", MetaPlace.FrontLine, NameTitlePattern(),
            [("王明：扎实推进高质量发展的若干思考", "王明//扎实推进高质量发展的若干思考")],
            ["各位代表：现在我代表市人民政府报告工作", "原标题：政府工作报告——二〇二四年一月"]) { Check = m => IsName(m) && !m.Groups["name"].Value.StartsWith("各位", StringComparison.Ordinal) },
        new("role-name", MetaPlace.FrontLine, RoleNamePattern(),
            [("某某市人民政府市长 张某某", "张某某/某某市人民政府市长/"), ("国务院总理 王明", "王明/国务院总理/"), ("市长：王明", "王明/市长/"), ("代省长 王 明", "王明/代省长/"), ("自治区代主席 乌兰某某格", "乌兰某某格/自治区代主席/")],
            ["某某市人民政府市长", "市长 各位代表"]) { Check = IsName },
        new("role-name-date", MetaPlace.FrontLine, RoleNameDatePattern(),
            [("某某省省长 张某某  2020年01月22日", "张某某/某某省省长/"), ("某某省省长 王明（2002年1月24日）", "王明/某某省省长/")],
            ["某某省省长（2002年1月24日）", "2020年01月22日"]) { Check = IsName },
        new("role-name-close", MetaPlace.FrontLine, RoleNameClosePattern(),
            [("某某市市长张某某", "张某某/某某市市长/"), ("自治区主席王明", "王明/自治区主席/"), ("某某省人民政府代省长王明", "王明/某某省人民政府代省长/"), ("自治区主席白玛某某", "白玛某某/自治区主席/"), ("自治区主席乌兰某某格", "乌兰某某格/自治区主席/")],
            ["某某市人民政府市长", "国务院总理", "市长办公会议", "市长办公会", "国务院总理王明同志"]) { Check = IsName },
        new("office-name", MetaPlace.FrontLine, OfficeNamePattern(),
            [("某某市委常委、常务副市长 刘 某", "刘某/某某市委常委、常务副市长/"), ("某某市人民政府 代市长 王明", "王明/某某市人民政府代市长/"), ("某某省政协副主席  某某市市长  张某某", "张某某/某某省政协副主席某某市市长/")],
            ["某某市人民政府 市长", "各位代表 你们好", "政府工作报告 2024年"]) { Check = IsName },
        new("spaced-role-name", MetaPlace.FrontLine, SpacedRoleNamePattern(),
            [("市 长 张某某", "张某某/市长/"), ("省 长 王明", "王明/省长/")],
            ["政 府 工 作 报 告", "各 位 代 表 你们好"]) { Check = m => IsName(m) && EndsInOffice().IsMatch(Compact(m.Groups["role"].Value)) },
        new("byline-run-on", MetaPlace.FrontLine, BylineRunOnPattern(),
            [("——2007年1月16日在某某市第十三届人民代表大会第五次会议上市长 张某某", "张某某/市长/"), ("在某某省第十二届人民代表大会第四次会议上（2016年1月25日）某某省人民政府代省长王明", "王明/某某省人民政府代省长/"), ("政府工作报告（2024年1月24日在某某省第十四届人民代表大会第三次会议上 省长 张某某）", "张某某/省长/"),
                ("（2006年1月10日在某某市第十二届人民代表大会第四次会议上 代市长王明讲话）", "王明/代市长/"), ("（2021年1月25日在某某省第十三届人民代表大会第四次会议上 张某某）", "张某某//")],
            ["——2007年1月16日在某某市第十三届人民代表大会第五次会议上", "在某某市第十三届人民代表大会第五次会议上的讲话", "（2021年1月25日在某某省第十三届人民代表大会第四次会议上）"]) { Check = IsName },
        new("date-name", MetaPlace.FrontLine, DateNamePattern(),
            [("（2005年1月25日 王明）", "王明//"), ("（2010年1月20日 张某某）", "张某某//"), ("（2003年1月10日王明）", "王明//")],
            ["（2005年1月25日）", "（2016年2月16日在某某市第十四届人民代表大会第五次会议上）"]) { Check = IsName },
        new("name-date", MetaPlace.FrontLine, NameDatePattern(),
            [("王明（2024年1月20日）", "王明//")],
            ["（2024年1月20日）"]) { Check = IsName },
        new("role-name-at-meeting", MetaPlace.FrontLine, RoleNameAtMeetingPattern(),
            [("某某部部长王明在2024年全国某某工作会议上的讲话", "王明/某某部部长/")],
            ["在2024年全国某某工作会议上的讲话"]) { Check = IsName },
        new("caption-gives-report", MetaPlace.Caption, CaptionPattern(),
            [
                ("1月8日，省长张某某在省十一届人大五次会议上作《政府工作报告》。记者 李某 摄", "张某某/省长/"),
                ("市长王明代表市政府向大会作政府工作报告。", "王明/市长/"),
                ("某某市长张某某作政府工作报告。", "张某某/市长/"),
                ("某某市人大会议今天上午开幕，代市长王明作政府工作报告。", "王明/代市长/"),
                ("张某某在某某市第十六届人民代表大会第五次会议上作政府工作报告。", "张某某//"),
                ("2008年1月17日某某省省长王明 在某某省第十一届人民代表大会第一次会议上作政府工作报告", "王明/省长/"),
                ("某某省委副书记、代省长王明作政府工作报告", "王明/代省长/"),
                ("白玛某某作政府工作报告", "白玛某某//"),
            ],
            ["大会听取并审议了市人民政府工作报告", "会议听取了政府工作报告", "我代表市人民政府，向大会作政府工作报告，请予审议。"]) { Check = IsName },
        new("name-role-gives-report", MetaPlace.Caption, NameRoleCaptionPattern(),
            [("1月12日，李某某代市长作政府工作报告", "李某某/代市长/"), ("王明省长代表省政府向大会作政府工作报告。", "王明/省长/")],
            ["大会听取了市长所作的政府工作报告", "会议听取并审议了政府工作报告"]) { Check = IsName },
        new("name-role-at-meeting", MetaPlace.Caption, NameRoleAtMeetingPattern(),
            [("张某某市长在某某市第十三届人民代表大会第三次会议上的政府工作报告（2010年）", "张某某/市长/"), ("某某市人民政府关于印发王明市长在市十七届人大七次会议上所作《政府工作报告》的通知", "王明/市长/")],
            ["市长在会议上的讲话"]) { Check = IsName },
        new("title-date-name", MetaPlace.Caption, TitleDateNamePattern(),
            [("某某自治区政府工作报告（2012年1月11日 王明）", "王明//"), ("某某市政府工作报告 （2015年1月18日 张某某）", "张某某//")],
            ["某某市政府工作报告（2015年1月18日）"]) { Check = IsName },
    ];

    /// <summary>王 明 → 王明: pages space out two-character names to the width of three.</summary>
    public static string Compact(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);

    /// <summary>True when the name group holds a name, not an office or a word of the genre read as one.</summary>
    private static bool IsName(Match m)
    {
        var name = Compact(m.Groups["name"].Value);
        return IsNameText(name);
    }

    /// <summary>True when <paramref name="name"/> (closed up) reads as a person's name: no office, no word of the genre.</summary>
    public static bool IsNameText(string name) =>
        name.Length >= 2 && !NotAName().IsMatch(name) && !NotInAName().IsMatch(name) && !EndsInOffice().IsMatch(name);
}
