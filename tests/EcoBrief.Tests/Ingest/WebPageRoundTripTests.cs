using EcoBrief.Ingest;
using EcoBrief.Pipeline;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Ingest;

/// <summary>
/// A report read from a web page reads as its text: the seed and every keyed corpus report put into a
/// government site's page (GB2312, <c>&lt;p&gt;</c> paragraphs) and a news site's (UTF-8, <c>&lt;br&gt;</c>
/// lines, <c>&lt;article&gt;</c>) among their navigation, share bars, related links, comments and footers
/// (<see cref="Pages"/>), and four of them saved as one file (.mhtml, quoted-printable, written by Python's
/// email package) — each extracts to the plain text's items, figures, targets and meta.
/// </summary>
public sealed class WebPageRoundTripTests
{
    public static TheoryData<string> Reports => [.. Containers.Reports];

    public static TheoryData<string> Archives =>
    [
        .. Directory.GetFiles(Containers.Fixture("mhtml"), "*.mhtml").Select(Path.GetFileName).Order(StringComparer.Ordinal).Cast<string>(),
    ];

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_report_on_a_government_sites_page_extracts_as_its_text(string name) =>
        AssertSame(name, "gov page", new ReportSource(name + ".html", Pages.Government(File.ReadAllText(Containers.Text(name)))));

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_report_on_a_news_sites_page_extracts_as_its_text(string name) =>
        AssertSame(name, "news page", new ReportSource(name + ".htm", Pages.News(File.ReadAllText(Containers.Text(name)))));

    [Theory]
    [MemberData(nameof(Archives))]
    public void A_page_saved_as_one_file_extracts_as_its_text(string file) =>
        AssertSame(file[..file.IndexOf('.', StringComparison.Ordinal)], file, ReportReader.Load(Containers.Fixture("mhtml", file)));

    private static void AssertSame(string name, string form, ReportSource page)
    {
        var expected = Pipelines.Extract(Containers.Text(name));
        var actual = Pipelines.Core.Extract(new ReportInput(page)).Briefing;
        var differences = BriefingDifferences.Between(expected, actual);
        Assert.True(differences.Count == 0, BriefingDifferences.Describe($"{name} ({form})", differences));
    }
}
