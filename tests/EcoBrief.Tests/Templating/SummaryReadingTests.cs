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
