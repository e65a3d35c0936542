using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;
using EcoBrief.Tests.Layout;
using EcoBrief.Tests.Support;
using EcoBrief.Chinese;

namespace EcoBrief.Tests.Chinese;

public sealed class PhraseBreaksTests
{
    private const string SeedTitle = "深入学习贯彻全国生态环境保护大会精神以美丽中国建设全面推进人与自然和谐共生的现代化";

    private static readonly Lazy<List<string>> CorpusTitles = new(() =>
    {
        var dir = Path.Combine(TestPaths.RepoRoot, "..", "shared", "corpus", "texts");
        var titles = new List<string> { SeedTitle };
        if (Directory.Exists(dir))
        {
            foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            {
                var briefing = Stages.Extract(ReportReader.Clean(File.ReadAllText(file)));
                titles.Add(briefing.Meta.Title ?? string.Empty);
                titles.AddRange(briefing.Achievements.Concat(briefing.Tasks).Select(i => i.Title).Take(6));
                titles.AddRange(briefing.Figures.Select(f => f.Label).Take(6));
            }
        }

        return [.. titles.Where(t => t.Length >= 2).Distinct()];
    });

    /// <summary>Widths in ems: an ideograph one, anything else half.</summary>
    private static float Em(string text, int start, int end)
    {
        var w = 0f;
        for (var i = start; i < end; i++)
        {
            w += char.IsLowSurrogate(text[i]) ? 0 : text[i] < 0x2E80 ? 0.5f : 1f;
        }

        return w;
    }

    private static List<string> Lines(string text, float width, bool centred) =>
        TryLines(text, width, centred) ?? throw new InvalidOperationException($"no arrangement of {text} at {width} em");

    /// <summary>The lines PhraseBreaks chooses, or null where nothing fits (a Latin word wider than the line: greedy breaking then).</summary>
    private static List<string>? TryLines(string text, float width, bool centred)
    {
        var starts = PhraseBreaks.Choose(text, (a, b) => Em(text, a, b), width, i => LineBreakRules.CanBreakBefore(text, i), centred);
        if (starts is null)
        {
            return null;
        }

        var lines = new List<string>();
        var from = 0;
        foreach (var s in starts.Append(text.Length))
        {
            lines.Add(text[from..s]);
            from = s;
        }

        return lines;
    }

    private static int Visible(string line) => line.Count(c => !char.IsPunctuation(c) && !char.IsWhiteSpace(c) && !char.IsLowSurrogate(c));

    [Fact]
    public void The_seed_title_breaks_after_精神_and_keeps_美丽中国_whole()
    {
        foreach (var width in new[] { 20f, 24f, 28f, 36f })
        {
            var lines = Lines(SeedTitle, width, centred: true);
            Assert.Equal("深入学习贯彻全国生态环境保护大会精神", lines[0]);
            Assert.All(lines, l => Assert.True(Visible(l) > 1, string.Join(" | ", lines)));
            Assert.DoesNotContain(lines, l => l.EndsWith("美丽", StringComparison.Ordinal) || l.EndsWith('中'));
        }
    }

    [Fact]
    public void A_short_title_stays_on_one_line()
    {
        Assert.Empty(PhraseBreaks.Choose("政府工作报告", (a, b) => b - a, 20, _ => true, centred: true)!);
    }

    [Fact]
    public void Breaks_after_punctuation_and_before_a_bracket_rather_than_inside_a_term()
    {
        Assert.Equal(["全国地表水水质优良", "（Ⅰ－Ⅲ类）断面比例"], Lines("全国地表水水质优良（Ⅰ－Ⅲ类）断面比例", 12, centred: false));
        Assert.Equal(["坚持精准、科学、", "依法治污"], Lines("坚持精准、科学、依法治污", 9, centred: false));
    }

    [Fact]
    public void A_label_keeps_及以上_and_分别_whole_and_breaks_between_the_terms_of_an_indicator()
    {
        Assert.Equal(["地级及以上城市空气质量", "优良天数比例"], Lines("地级及以上城市空气质量优良天数比例", 15, centred: false));
        Assert.Equal(["城镇和农村居民人均可支配收入", "分别增长"], Lines("城镇和农村居民人均可支配收入分别增长", 15, centred: false));
        Assert.Equal(["2007年单位国内生产总值能耗", "比上年下降"], Lines("2007年单位国内生产总值能耗比上年下降", 16, centred: false));
    }

    [Fact]
    public void No_line_of_a_corpus_title_heading_or_label_holds_a_single_character()
    {
        var bad = new List<string>();
        foreach (var title in CorpusTitles.Value)
        {
            foreach (var centred in new[] { true, false })
            {
                for (var width = 4f; width <= 30; width += 1)
                {
                    var lines = TryLines(title, width, centred);
                    if (lines is { Count: > 1 } && lines.Any(l => Visible(l) == 1))
                    {
                        bad.Add($"{width}{(centred ? "c" : "l")}: {string.Join(" | ", lines)}");
                    }
                }
            }
        }

        Assert.True(bad.Count == 0, string.Join('\n', bad.Take(30)));
    }

    [Fact]
    public void A_pdf_title_block_breaks_at_the_phrase_and_leaves_no_character_alone()
    {
        var style = new TextStyle(LayoutFixtures.Serif, 22, Color.Black);
        var block = new TextBlock([new TextSpan(SeedTitle, style)], TextAlignment.Center, chooser: PhraseBreaks.Choose);
        foreach (var width in new[] { 442f, 480f, 520f })
        {
            var lines = block.LinesAt(width);
            Assert.Equal("深入学习贯彻全国生态环境保护大会精神", SeedTitle[lines[0].Start..lines[0].End]);
            Assert.StartsWith("以美丽中国建设", SeedTitle[lines[1].Start..lines[1].End], StringComparison.Ordinal);
            Assert.All(lines, l => Assert.True(l.End - l.Start > 1 && l.Width <= width + 0.01f));
        }
    }
}
