using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using EcoBrief.Document;
using EcoBrief.Extraction;
using EcoBrief.Model;
using EcoBrief.Pdf;
using EcoBrief.Publishing;
using EcoBrief.Tests.Support;
using UglyToad.PdfPig;

namespace EcoBrief.Tests.Pdf;

/// <summary>
/// The summary of every real report of the corpus (and the seed), as a reader gets it: one page,
/// nothing clipped, the body filling the page, and every list either whole or ended by a line that
/// says how many items the handout has besides.
/// </summary>
public sealed partial class CorpusSummaryTests
{
    private static readonly ConcurrentDictionary<string, (Briefing Briefing, PdfResult Pdf)> Built = new(StringComparer.Ordinal);

    private static IEnumerable<string> ReportNames() =>
        Directory.GetFiles(TestPaths.TestFile("corpus", "texts"), "*.txt").Order(StringComparer.Ordinal).Select(Path.GetFileName).Append(Path.GetFileName(TestPaths.Seed))!;

    public static TheoryData<string> Reports() => new(ReportNames());

    internal static (Briefing Briefing, PdfResult Pdf) Summary(string name) => Built.GetOrAdd(name, n =>
    {
        var path = n == Path.GetFileName(TestPaths.Seed) ? TestPaths.Seed : TestPaths.TestFile("corpus", "texts", n);
        var briefing = Pipelines.Extract(path);
        return (briefing, PdfWriter.Write(DocumentBuilder.BuiltIn.Build(briefing, "summary", n)));
    });

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_summary_is_one_page_whose_body_fills_at_least_nine_tenths_of_it(string report)
    {
        var (_, pdf) = Summary(report);
        Assert.Single(pdf.Pages);
        Assert.True(pdf.Fill >= 0.9f, $"{report}: the body fills {pdf.Fill:0.00} of the page, fitted at {pdf.Fit}");
        Assert.True(pdf.Fill <= 1.0f + 1e-4f, $"{report}: the body takes {pdf.Fill:0.00} of the page");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void No_text_is_clipped_and_every_list_is_whole_or_says_how_many_items_it_leaves_out(string report)
    {
        var (briefing, pdf) = Summary(report);
        var page = pdf.Pages[0];
        foreach (var run in page.Content.Runs)
        {
            Assert.True(run.X.Min() >= 0 && run.X.Max() + run.Size <= page.Width + 0.5f, $"{report}: 「{run.Text}」 runs off the page across");
            Assert.True(run.Y.Min() - run.Size >= 0 && run.Y.Max() <= page.Height, $"{report}: 「{run.Text}」 runs off the page down");
        }

        using var read = PdfDocument.Open(pdf.Bytes);
        var page1 = Squeeze(read.GetPage(1).Text);
        var headings = new[] { "主要成绩", "问题挑战", "重点任务" };
        foreach (var (name, items, k) in new[] { ("achievements", briefing.Achievements, 0), ("challenges", briefing.Challenges, 1), ("tasks", briefing.Tasks, 2) })
        {
            // The list's own section: a task that shares its opening with a challenge (促进经济平稳较快发展) is not that challenge.
            var from = page1.IndexOf(headings[k], StringComparison.Ordinal);
            var to = k < 2 ? page1.IndexOf(headings[k + 1], Math.Max(0, from), StringComparison.Ordinal) : -1;
            var text = from < 0 ? page1 : to < 0 ? page1[from..] : page1[from..to];
            var shown = items.TakeWhile(i => text.Contains(Opening(i.Title), StringComparison.Ordinal)).Count();
            Assert.True(items.Skip(shown).All(i => !text.Contains(Opening(i.Title), StringComparison.Ordinal) || items.Take(shown).Any(k => Opening(k.Title) == Opening(i.Title))),
                $"{report} {name}: the items kept are not the first ones");
            if (shown < items.Count)
            {
                Assert.True(shown >= 3, $"{report} {name}: {shown} items kept, fewer than min_items");
                Assert.Contains($"……（另有{items.Count - shown}项，见讲义）", text, StringComparison.Ordinal);
            }
        }
    }

    [RequiresToolFact("pdftotext")]
    public void No_line_of_any_corpus_summary_holds_a_single_character_alone()
    {
        var lone = new List<string>();
        foreach (var report in ReportNames())
        {
            var path = Path.Combine(Path.GetTempPath(), $"ecobrief-{Guid.NewGuid():N}.pdf");
            File.WriteAllBytes(path, Summary(report).Pdf.Bytes);
            try
            {
                var (_, xml, _) = Tools.Run("pdftotext", "-bbox-layout", path, "-");
                foreach (Match block in BlockPattern().Matches(xml))
                {
                    var lines = LinePattern().Matches(block.Groups[1].Value)
                        .Select(l => string.Concat(WordPattern().Matches(l.Groups[1].Value).Select(w => System.Net.WebUtility.HtmlDecode(w.Groups[1].Value))))
                        .ToList();
                    for (var i = 1; i < lines.Count; i++)
                    {
                        if (lines[i].Count(c => !char.IsPunctuation(c) && !char.IsWhiteSpace(c) && !char.IsLowSurrogate(c)) == 1)
                        {
                            lone.Add($"{report}: 「{lines[i - 1]}」 then 「{lines[i]}」");
                        }
                    }
                }
            }
            finally
            {
                File.Delete(path);
            }
        }

        Assert.True(lone.Count == 0, string.Join('\n', lone));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_targets_table_shows_the_most_important_targets_and_says_how_many_more_the_handout_has(string report)
    {
        var (briefing, pdf) = Summary(report);
        if (briefing.Targets.Count == 0)
        {
            return;
        }

        var text = Squeeze(string.Concat(pdf.Pages[0].Content.Runs.Select(r => r.Text))).Replace('\u2015', '\u2014');
        Assert.Contains("目标与实绩", text, StringComparison.Ordinal);
        var shown = briefing.Targets.Count(t => text.Contains(Squeeze(t.Label), StringComparison.Ordinal) && text.Contains(Squeeze(t.Text), StringComparison.Ordinal));
        Assert.True(shown >= Math.Min(briefing.Targets.Count, 9), $"{report}: {shown} of {briefing.Targets.Count} targets shown");
        if (shown < briefing.Targets.Count)
        {
            Assert.Contains($"……（另有{briefing.Targets.Count - shown}项目标，见讲义）", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("项目标，见讲义", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_report_with_more_targets_than_the_summary_holds_has_its_table_cut_and_the_handout_has_them_all()
    {
        var targets = Enumerable.Range(1, 20).Select(i => new KeyTarget($"第{i}项指标增长", i, "%", $"{i}%左右", "左右", new SourceSpan(0, 1, 1))).ToList();
        var briefing = Briefings.Seed with { Targets = targets };
        var pdf = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(briefing, "summary", "x.txt"));
        var text = Squeeze(string.Concat(pdf.Pages[0].Content.Runs.Select(r => r.Text)));
        var shown = targets.Count(t => text.Contains(t.Label, StringComparison.Ordinal));
        Assert.Equal(9, shown);
        Assert.True(targets.Take(shown).All(t => text.Contains(t.Label, StringComparison.Ordinal) && text.Contains(t.Text, StringComparison.Ordinal)), "the targets shown are the first ones");
        Assert.Contains($"……（另有{20 - shown}项目标，见讲义）", text, StringComparison.Ordinal);

        var handout = DocumentBuilder.BuiltIn.Build(briefing, "handout", "x.txt").Markdown;
        Assert.All(targets, t => Assert.Contains($"| {t.Label} | — | {t.Text} |", handout, StringComparison.Ordinal));
    }

    [GeneratedRegex("<block[^>]*>(.*?)</block>", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();

    [GeneratedRegex("<line[^>]*>(.*?)</line>", RegexOptions.Singleline)]
    private static partial Regex LinePattern();

    [GeneratedRegex("<word[^>]*>(.*?)</word>", RegexOptions.Singleline)]
    private static partial Regex WordPattern();

    /// <summary>The first characters of a title, as the summary prints it (the template shortens long ones at a clause, marked with …).</summary>
    private static string Opening(string title)
    {
        var s = Squeeze(EcoBrief.Templating.TemplateFunctions.Shorten(title, 64).TrimEnd('…'));
        return s.Length > 16 ? s[..16] : s;
    }

    [Fact]
    public void A_list_cut_by_fitting_ends_with_the_number_of_items_left_out()
    {
        var tasks = Enumerable.Range(1, 40).Select(i => Briefings.Item($"第{i}项重点任务，全面推进各项工作落实见效", "具体说明。")).ToList();
        var briefing = Briefings.Seed with { Tasks = tasks };
        var pdf = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(briefing, "summary", "x.txt"));
        using var read = PdfDocument.Open(pdf.Bytes);
        var text = Squeeze(read.GetPage(1).Text);
        var shown = tasks.Count(t => text.Contains(Squeeze(t.Title), StringComparison.Ordinal));
        Assert.InRange(shown, 3, 39);
        Assert.Contains($"……（另有{40 - shown}项，见讲义）", text, StringComparison.Ordinal);
        Assert.True(pdf.Fill >= 0.9f, $"fill {pdf.Fill:0.00}");
    }

    [Fact]
    public void Dropped_detail_is_said_in_a_closing_note_and_a_template_may_turn_the_notes_off()
    {
        // The 2009 State Council report: more detail than the page holds.
        var (_, pdf) = Summary("2009-state-council-gov-work-report.txt");
        Assert.False(pdf.Fit.ShowDetail);
        using (var read = PdfDocument.Open(pdf.Bytes))
        {
            Assert.Contains("注：限于篇幅，部分事项的说明从略，详见讲义。", Squeeze(read.GetPage(1).Text), StringComparison.Ordinal);
        }

        var markdown = "---\none_page: true\nbase_font_size: 11\nmin_font_size: 11\nmin_items: 1\ncut_note: \"\"\ndetail_note: \"\"\n---\n# 标题\n\n"
            + string.Concat(Enumerable.Range(1, 80).Select(i => $"- **第{i}项** *说明文字说明文字说明文字*\n"));
        var quiet = PdfWriter.Write(BriefingMarkdown.Parse(markdown, "t.md.sbn"));
        Assert.False(quiet.Fit.KeepsAll);
        using var quietRead = PdfDocument.Open(quiet.Bytes);
        var quietText = Squeeze(quietRead.GetPage(1).Text);
        Assert.DoesNotContain("另有", quietText, StringComparison.Ordinal);
        Assert.DoesNotContain("从略", quietText, StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_comes_back_item_by_item_round_the_lists_while_the_page_holds_it()
    {
        // The 2009 State Council report: every item has detail; all of it does not fit, none of it leaves a quarter of the page empty.
        var (_, pdf) = Summary("2009-state-council-gov-work-report.txt");
        Assert.False(pdf.Fit.ShowDetail);
        Assert.True(pdf.Fit.KeepsAll);
        Assert.InRange(pdf.Fit.DetailItems, 1, int.MaxValue - 1);
    }

    [Fact]
    public void A_short_summary_grows_its_type_up_to_max_font_size_to_fill_the_page()
    {
        var few = Briefings.Seed with { Achievements = Briefings.Seed.Achievements.Take(2).ToList(), Challenges = Briefings.Seed.Challenges.Take(2).ToList(), Tasks = Briefings.Seed.Tasks.Take(2).ToList() };
        var pdf = PdfWriter.Write(DocumentBuilder.BuiltIn.Build(few, "summary", "x.txt"));
        Assert.True(pdf.Fit.ShowDetail);
        Assert.Equal(12f, pdf.Fit.BodySize);
    }
}
