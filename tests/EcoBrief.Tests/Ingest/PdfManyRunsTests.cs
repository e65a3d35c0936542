using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Ingest;

/// <summary>
/// A PDF built to be slow but within the caps — 900,000 runs of text of one tiny character each over ten
/// pages, 90,000 a page where a page may show 100,000 — reads to its text, whole and in order, each
/// character placed on its page and line. How long it takes is the readers' benchmark's
/// (<c>tests/EcoBrief.Benchmarks -- readers</c>), not a test's.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class PdfManyRunsTests
{
    private const int Pages = 10;
    private const int Lines = 1500;
    private const int Runs = 60;

    private static IEnumerable<string> Expected(char end) =>
        Enumerable.Range(0, Pages).SelectMany(p => Enumerable.Range(0, Lines).Select(l => TinyPdf.RunsLine(p, l, Runs, end)));

    [Fact]
    public void Nine_hundred_thousand_tiny_runs_over_ten_pages_read_to_their_text_in_order()
    {
        var report = SourceReaders.Default.Read(new ReportSource("runs.pdf", TinyPdf.Runs(Pages, Lines, Runs)));

        // Full lines that end in a letter run on, page after page, into one paragraph; a Latin word broken at
        // a line's end was two words.
        Assert.Equal(string.Join(' ', Expected('z')), report.Text);
        Assert.Equal(SourcePlace.OnPage(Pages, Lines), report.PlaceAt(report.Text.Length - 1));
        Assert.Equal(SourcePlace.OnPage(4, 1), report.PlaceAt(report.Text.IndexOf("p4l1", StringComparison.Ordinal)));
    }

    [Fact]
    public void When_every_full_line_ends_a_sentence_the_text_is_still_read_whole_and_in_order()
    {
        // Every line end is one the page cannot tell, and each is weighed (ParagraphJoiner's rates): the
        // text is the lines' whatever the paragraphs it makes.
        var report = SourceReaders.Default.Read(new ReportSource("runs.pdf", TinyPdf.Runs(Pages, Lines, Runs, '?')));

        Assert.Equal(string.Concat(Expected('?')), string.Concat(report.Lines.Select(l => l.Text)));
        Assert.Equal(SourcePlace.OnPage(Pages, Lines), report.PlaceAt(report.Text.Length - 1));
    }
}
