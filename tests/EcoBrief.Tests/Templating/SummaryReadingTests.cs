using System.Text.RegularExpressions;
using EcoBrief.Document.KeyFigures;
using EcoBrief.Publishing;
using EcoBrief.Templating;
using EcoBrief.Tests.Support;
using Markdig.Syntax;

namespace EcoBrief.Tests.Templating;

/// <summary>
/// The summaries of the corpus and of the population's tuning split (never its sealed one), read as a
/// reader reads them (issue 21): a shortened line always says so (…), a card keeps its bound (突破,
/// 超过, 以内, 左右, 以上), and the source line never names a file.
/// </summary>
public sealed partial class SummaryReadingTests
{
    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(TestPaths.TestFile("corpus", "texts"), "*.txt").Concat(Directory.GetFiles(TestPaths.TestFile("population", "tune"), "*.md")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.TestFiles, path).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [InlineData("一、过去五年工作回顾\n五年来，我们团结奋斗，经济社会发展取得重大成就。\n（一）综合实力稳步提升。生产总值年均增长6%。\n（二）产业结构持续优化。新兴产业加快发展。\n（三）城乡面貌显著改善。基础设施日趋完善。\n", "主要成绩（过去五年）")]
    [InlineData("一、2025年工作回顾和“十四五”时期发展成就\n2025年是“十四五”收官之年。一年来，我们团结奋斗，完成了全年目标任务。\n（一）内需潜力持续释放。消费潜能不断激活。\n（二）科技创新取得扎实成效。成果丰硕。\n（三）重点产业提质升级。新引擎不断壮大。\n", "主要成绩")]
    [InlineData("一、2025年工作回顾\n过去一年，我们主要做了以下工作。\n（一）扎实推进产业升级。制造业加快发展。\n（二）持续扩大有效需求。消费持续回暖。\n（三）深入推进改革开放。营商环境持续优化。\n", "主要成绩")]
    public void A_review_whose_only_list_is_of_the_five_years_says_so_in_its_heading(string review, string heading)
    {
        var text = "2026年某省政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第四次会议上\n省长 王某某\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n" +
            review + "我们也清醒认识到，发展中还存在一些突出问题：有效需求不足，创新能力不够强。\n二、2026年重点工作\n（一）扩大内需。正文。\n（二）发展产业。正文。\n";
        var briefing = EcoBrief.Extraction.BriefingExtractor.Extract(EcoBrief.Outline.OutlineBuilder.Build(EcoBrief.Ingest.ReportReader.Clean(text)));
        var summary = DocumentBuilder.BuiltIn.Build(briefing, "summary", "report.txt").Markdown;
        var handout = DocumentBuilder.BuiltIn.Build(briefing, "handout", "report.txt").Markdown;
        Assert.Contains("\n## " + heading + "\n", summary, StringComparison.Ordinal);
        Assert.Contains("\n## " + heading + "\n", handout, StringComparison.Ordinal);
        Assert.Equal(heading == "主要成绩" ? null : "five_year", briefing.Confidence.Achievements.Period);
    }

    [GeneratedRegex(@"^- \*\*(?<title>.*?)\*\*(?: \*(?<detail>.*)\*)?$", RegexOptions.Multiline)]
    private static partial Regex ItemLine();

    [Theory]
    [MemberData(nameof(Reports))]
    public void No_line_is_cut_without_an_ellipsis_no_card_drops_its_bound_and_no_source_is_a_file_name(string report)
    {
        var briefing = Pipelines.Extract(TestPaths.TestFile([.. report.Split('/')]));
        var name = Path.GetFileName(report);
        var document = DocumentBuilder.BuiltIn.Build(briefing, "summary", name);

        var items = briefing.Achievements.Concat(briefing.Challenges).Concat(briefing.Tasks).ToList();
        foreach (Match m in ItemLine().Matches(document.Markdown))
        {
            foreach (var group in new[] { "title", "detail" })
            {
                var shown = Unescape(m.Groups[group].Value);
                if (shown.Length == 0 || items.Any(i => i.Title == shown || i.Summary == shown))
                {
                    continue;
                }

                Assert.True(shown.EndsWith('…'), $"{report}: 「{shown}」 is cut without …");
                Assert.Contains(items, i => (group == "title" ? i.Title : i.Summary).StartsWith(shown[..^1], StringComparison.Ordinal));
            }
        }

        foreach (var entry in MarkdownObjectExtensions.Descendants<KeyFiguresBlock>(document.Ast).SelectMany(b => b.Entries))
        {
            Assert.True(entry.Qualifier is null || entry.Text.Contains(entry.Qualifier, StringComparison.Ordinal), $"{report}: the card {entry.Text} drops {entry.Qualifier}");
        }

        var footer = document.Settings.Footer ?? string.Empty;
        Assert.DoesNotContain(name, footer, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\.(?:txt|md|html?)\b", footer);
        Assert.EndsWith("据原文自动摘编，以原文为准", footer, StringComparison.Ordinal);
    }

    private static string Unescape(string markdown) => MarkdownEscapes().Replace(markdown, "$1");

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex MarkdownEscapes();
}
