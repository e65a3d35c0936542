using EcoBrief.Extraction;
using EcoBrief.Model;

namespace EcoBrief.Tests.Support;

internal static class Briefings
{
    private static readonly Lazy<Briefing> SeedBriefing = new(() => Pipelines.Extract(TestPaths.Seed));

    public static Briefing Seed => SeedBriefing.Value;

    private static readonly SourceSpan Span = new(0, 1, 1);

    public static BriefingItem Item(string title, string summary = "", params string[] points) => new(title, summary, points, [], Span);

    /// <summary>A briefing whose every string tries to be Markdown or HTML.</summary>
    public static Briefing Hostile()
    {
        string[] hostile =
        [
            "*强调* 与 **加粗**", "# 不是标题", "| 不是 | 表格 |", "<script>alert(1)</script>", "[链接](http://example.com)",
            "`代码`", "1. 不是列表", "- 不是列表", "> 不是引用", "![图](x.png)", "___", "&amp; 实体", "[^1] 脚注", "::: key-figures",
        ];
        var items = hostile.Select(h => Item(h, h, h)).ToList();
        var figure = new KeyFigure("| 标签 *x*", 1.5m, "%", "1.5%", "<b>变化</b>", "# 节", Span);
        return new Briefing(
            new BriefingMeta("# 标题 *星号*", "<张三>", "[部长]", "`会议`", "2024-05-28", "《刊物》|期"),
            items, items, items, items, [figure, figure], []);
    }
}
