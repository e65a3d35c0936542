using EcoBrief.Comparison;
using EcoBrief.Ingest;
using EcoBrief.Model;

namespace EcoBrief.Tests.Comparison;

public sealed class DistinctiveTermFinderTests
{
    // Made-up texts: 云端织网 is new, 推进改革 and 扩大开放 are old, 推进开放 is two old words side by side.
    private const string Old = "推进改革，扩大开放。推进改革，扩大开放。推进改革，扩大开放。继续推进改革。坚持扩大开放。各方面工作。";

    private const string New = "推进改革，扩大开放。\n一、实施云端织网工程\n加快云端织网建设，推进开放。以云端织网带动产业，推进开放。推进改革，扩大开放。";

    private static List<DistinctiveTerm> Find(string old, string @new, Func<IngestedReport, IReadOnlyList<BriefingItem>>? items = null, List<string>? explain = null)
    {
        var report = ReportReader.Clean(@new);
        return DistinctiveTermFinder.Find(old, report, items?.Invoke(report) ?? [], explain);
    }

    [Fact]
    public void A_repeated_term_the_old_text_lacks_is_found_with_its_sentence_and_place()
    {
        var terms = Find(Old, New);

        var term = Assert.Single(terms);
        Assert.Equal("云端织网", term.Term);
        Assert.Equal(3, term.Count);
        var text = ReportReader.Clean(New).Text;
        Assert.Equal("云端织网", text[term.Span.Start..term.Span.End]);
        Assert.Equal(2, term.Span.Line);
        Assert.Equal("一、实施云端织网工程", term.Sentence);
    }

    [Fact]
    public void Fragments_of_a_term_and_terms_the_old_text_has_are_left_out()
    {
        var terms = Find(Old, New).Select(t => t.Term).ToList();

        Assert.DoesNotContain("端织网", terms);
        Assert.DoesNotContain("云端织", terms);
        Assert.DoesNotContain("推进改革", terms);
    }

    [Fact]
    public void Two_common_words_of_the_old_text_side_by_side_are_no_new_term()
    {
        // 推进开放 is used twice, is maximal and cohesive in NEW, and OLD lacks it: but 推进 and 开放 are OLD's common words.
        var explain = new List<string>();
        var terms = Find(Old, New, explain: explain);

        Assert.DoesNotContain(terms, t => t.Term == "推进开放");
        Assert.Contains("not two words OLD uses 3 times or more each", explain[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_in_a_title_counts_once_used_and_ranks_higher()
    {
        var old = "发展经济。发展经济。";
        var @new = "一、建设数字港湾\n建设数字港湾，扩大智能制造。扩大智能制造，扩大智能制造。";
        var terms = Find(old, @new, r => [new BriefingItem("建设数字港湾", string.Empty, [], [], new SourceSpan(0, r.Text.Length, 1))]);

        Assert.Equal(["建设数字港湾", "扩大智能制造"], terms.Select(t => t.Term));
        Assert.True(terms[0].InHeading);
        Assert.False(terms[1].InHeading);
    }

    [Fact]
    public void Only_the_tasks_are_searched_when_there_are_tasks()
    {
        var @new = "回顾里的海上牧场，海上牧场。\n今年要建设数字港湾，建设数字港湾。";
        var report = ReportReader.Clean(@new);
        var start = report.Text.IndexOf('今', StringComparison.Ordinal);

        var terms = DistinctiveTermFinder.Find("发展经济。", report, [new BriefingItem("今年", string.Empty, [], [], new SourceSpan(start, report.Text.Length, 2))]);

        Assert.Equal(["建设数字港湾"], terms.Select(t => t.Term));
        Assert.Equal(start + 3, terms[0].Span.Start);
    }

    [Theory]
    [InlineData("保障改善民生。", "保障和改善民生")]
    [InlineData("推进企业兼并重组。", "推动企业兼并重组")]
    [InlineData("建设新数字港湾。", "建设数字港湾")]
    public void A_one_character_variant_of_the_old_wording_is_no_new_term(string old, string term)
    {
        var @new = $"{term}，{term}。";

        Assert.Empty(Find(old, @new));
        Assert.Equal([term], Find("发展经济。", @new).Select(t => t.Term));
    }

    [Fact]
    public void The_same_texts_give_the_same_terms()
    {
        var a = Find(Old, New);
        var b = Find(Old, New);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Between_2017_and_2018_the_nineteenth_congress_terms_lead_and_each_points_to_its_place()
    {
        var old = CorpusReports.StateCouncil(2017);
        var @new = CorpusReports.StateCouncil(2018);

        var terms = BriefingComparer.Compare(old, @new).DistinctiveTerms;

        // Hand-checked: these four are the new wording of 2018's tasks (see the README's measurement).
        Assert.Equal(["高质量发展", "乡村振兴", "新时代", "三大攻坚战"], terms.Take(4).Select(t => t.Term));
        foreach (var t in terms)
        {
            Assert.DoesNotContain(t.Term, old.Report.Text, StringComparison.Ordinal);
            Assert.Equal(t.Term, @new.Report.Text[t.Span.Start..t.Span.End]);
            Assert.Contains(t.Term, t.Sentence, StringComparison.Ordinal);
            Assert.Equal(@new.Report.SourceLineAt(t.Span.Start), t.Span.Line);
            Assert.InRange(t.Term.Length, DistinctiveTermFinder.MinLength, DistinctiveTermFinder.MaxLength);
        }

        Assert.Equal(terms.OrderByDescending(t => t.Score), terms);
    }

    [Fact]
    public void A_term_a_quoted_new_phrase_holds_is_listed_with_the_phrases_only()
    {
        var c = BriefingComparer.Compare(CorpusReports.StateCouncil(2016), CorpusReports.StateCouncil(2017));

        Assert.Contains(c.NewPhrases, p => p.Term == "三去一降一补");
        Assert.DoesNotContain(c.DistinctiveTerms, t => c.NewPhrases.Any(p => p.Term.Contains(t.Term, StringComparison.Ordinal)));
    }
}
