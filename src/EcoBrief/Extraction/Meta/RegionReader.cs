using System.Text.RegularExpressions;

namespace EcoBrief.Extraction.Meta;

/// <summary>
/// Whose report it is and at which level of government: 全国 (国家) for the State Council's, 全国
/// (部门) for a ministry's, a province, autonomous region or one of the four municipalities (省级),
/// a city (市级). Read from what names the government — the meeting (某某省第十四届人民代表大会),
/// the title (某年北京市政府工作报告), the office (深圳市市长), the front matter's title — in that
/// order; failing those (自治区第九届人民代表大会 names no place), the province-level name the text
/// uses most. <see cref="Examples"/> run as tests.
/// </summary>
internal static partial class RegionReader
{
    private const string Han = @"\p{IsCJKUnifiedIdeographs}";

    /// <summary>The 31 province-level divisions of the mainland, each with the short name texts use of it.</summary>
    private static readonly (string Name, string Short)[] Provinces =
    [
        ("北京市", "北京"), ("天津市", "天津"), ("上海市", "上海"), ("重庆市", "重庆"),
        ("河北省", "河北"), ("山西省", "山西"), ("辽宁省", "辽宁"), ("吉林省", "吉林"), ("黑龙江省", "黑龙江"),
        ("江苏省", "江苏"), ("浙江省", "浙江"), ("安徽省", "安徽"), ("福建省", "福建"), ("江西省", "江西"),
        ("山东省", "山东"), ("河南省", "河南"), ("湖北省", "湖北"), ("湖南省", "湖南"), ("广东省", "广东"),
        ("海南省", "海南"), ("四川省", "四川"), ("贵州省", "贵州"), ("云南省", "云南"), ("陕西省", "陕西"),
        ("甘肃省", "甘肃"), ("青海省", "青海"),
        ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"), ("西藏自治区", "西藏"), ("宁夏回族自治区", "宁夏"), ("新疆维吾尔自治区", "新疆"),
    ];

    /// <summary>What each call reads, and what it gives (region/level): the tests run them.</summary>
    internal static IReadOnlyList<(string[] Texts, string Gives)> Examples { get; } =
    [
        (["安徽省第九届人民代表大会第二次会议"], "安徽省/省级"),
        (["第十届全国人民代表大会第二次会议"], "全国/国家"),
        (["第九届全国人大五次会议"], "全国/国家"),
        (["2031年全国某某工作会议", "", "生态环境部部长"], "全国/部门"),
        (["深圳市第三届人民代表大会第二次会议"], "深圳市/市级"),
        (["重庆市第六届人民代表大会第三次会议"], "重庆市/省级"),
        (["", "2031年北京市政府工作报告"], "北京市/省级"),
        (["", "政府工作报告", "青岛市市长"], "青岛市/市级"),
        (["", "政府工作报告", "国务院总理"], "全国/国家"),
        (["广西壮族自治区第十二届人民代表大会第三次会议"], "广西壮族自治区/省级"),
        (["自治区第九届人民代表大会第一次会议"], "/省级"),
        (["市第十五届人民代表大会第四次会议"], "/市级"),
    ];

    [GeneratedRegex(@"全国人民代表大会|全国人大|国务院总理|^国务院")]
    private static partial Regex National();

    [GeneratedRegex(@"^[" + Han + @"]{1,12}部(?:副)?部长$|^[" + Han + @"]{1,12}部党组")]
    private static partial Regex Ministry();

    /// <summary>A city named where a government is: 深圳市第三届人民代表大会 · 2004年青岛市政府工作报告 · 青岛市市长 · 武汉市人民政府.</summary>
    [GeneratedRegex(@"^(?:[0-9]{4}年)?(?<city>[" + Han + @"]{2,6}?市)(?:第[一二三四五六七八九十]+届|[一二三四五六七八九十]+届|人民政府|政府工作报告|(?:人民政府)?(?:代)?市长)")]
    private static partial Regex City();

    [GeneratedRegex(@"(?:^|[^" + Han + @"])自治区|^(?:[0-9]{4}年)?省|[" + Han + @"]省(?:人民政府|第|[一二三四五六七八九十]+届)")]
    private static partial Regex ProvinceWord();

    [GeneratedRegex(@"^(?:[0-9]{4}年)?市(?:第|[一二三四五六七八九十]+届|人民政府)")]
    private static partial Regex CityWord();

    /// <summary>
    /// The region and level <paramref name="texts"/> name, the first that names one winning; when none
    /// does, the province-level name <paramref name="body"/> uses most (at least three times), at the
    /// level the texts imply (自治区…, 省…, 市…).
    /// </summary>
    public static (string? Region, string? Level) Read(IEnumerable<string?> texts, string body = "")
    {
        var list = texts.Select(t => t?.Trim() ?? string.Empty).ToList();
        foreach (var t in list.Where(t => t.Length > 0))
        {
            if (National().IsMatch(t))
            {
                return ("全国", "国家");
            }

            if (Ministry().IsMatch(t))
            {
                return ("全国", "部门");
            }

            foreach (var (name, _) in Provinces)
            {
                if (t.Contains(name, StringComparison.Ordinal))
                {
                    return (name, "省级");
                }
            }

            if (City().Match(t) is { Success: true } city && !Provinces.Any(p => p.Name == city.Groups["city"].Value))
            {
                return (city.Groups["city"].Value, "市级");
            }
        }

        string? level = list.Any(t => CityWord().IsMatch(t)) ? "市级" : list.Any(t => ProvinceWord().IsMatch(t)) ? "省级" : null;
        if (level == "省级" && body.Length > 0)
        {
            var (most, count) = Provinces.Select(p => (p.Name, Count: Count(body, p.Short))).MaxBy(p => p.Count);
            if (count >= 3)
            {
                return (most, level);
            }
        }

        return (null, level);
    }

    private static int Count(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
