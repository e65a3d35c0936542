using EcoBrief.Build;
using EcoBrief.Publishing;
using EcoBrief.Tests.Comparison;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Build;

/// <summary>The application without its command line: a build of many reports, their overview and the pairs compared, and the check of it.</summary>
public sealed class BuilderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-builder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "out");

    /// <summary>The engine's own writers: no PDF, no Word, so no native code.</summary>
    private Builder Builder(string formats = "json,md") => new(new BuildOptions(formats, Out, WriterRegistry.Core));

    private static readonly string Other = TestPaths.TestFile("extraction", "ministry-semicolon-challenges.txt");

    [Fact]
    public void Given_two_reports_when_built_twice_then_the_second_build_changes_nothing_and_check_finds_nothing()
    {
        var first = Builder().Build([TestPaths.Seed, Other], [], jobs: 2, force: false);
        Assert.Equal(0, first.Failed);
        Assert.True(first.Changed);
        Assert.All(first.Reports, r => Assert.Equal("built", r.Result!.State));
        Assert.Equal(["index.html", "overview.csv"], first.OverviewWritten.Select(Path.GetFileName));
        Assert.Equal(["briefing.json", "handout.md", "summary.md"], Directory.GetFiles(Path.Combine(Out, "2024-mee-work-report")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var second = Builder().Build([TestPaths.Seed, Other], [], jobs: 1, force: false);
        Assert.False(second.Changed);
        Assert.All(second.Reports, r => Assert.Equal(ReportWriter.UpToDate, r.Result!.State));
        Assert.Empty(Builder().Check([TestPaths.Seed, Other], [], jobs: 2).Stale);
    }

    [Fact]
    public void Check_lists_what_a_build_would_write_differently_and_writes_nothing()
    {
        Builder().Build([TestPaths.Seed, Other], [], jobs: 2, force: false);
        var summary = Path.Combine(Out, "2024-mee-work-report", "summary.md");
        File.WriteAllText(summary, "edited by hand");
        File.Delete(Path.Combine(Out, "overview.csv"));

        var check = Builder().Check([TestPaths.Seed, Other], [], jobs: 2);
        Assert.False(check.Failed);
        Assert.Equal([(summary, StaleReason.Differs), (Path.Combine(Out, "overview.csv"), StaleReason.Missing)], check.Stale.Select(s => (s.Path, s.Reason)));
        Assert.Equal("edited by hand", File.ReadAllText(summary));
    }

    [Fact]
    public void A_report_that_fails_fails_alone_and_the_overview_is_left_as_it_was()
    {
        var missing = Path.Combine(_dir, "missing.txt");
        var result = Builder().Build([TestPaths.Seed, missing], [], jobs: 2, force: false);

        Assert.Equal(1, result.Failed);
        Assert.Equal($"{missing}: no such file", result.Reports[1].Error);
        Assert.Equal("built", result.Reports[0].Result!.State);
        Assert.True(result.OverviewLeftAsItWas);
        Assert.Empty(result.OverviewWritten);
        Assert.False(File.Exists(Path.Combine(Out, "index.html")));
        Assert.True(Builder().Check([TestPaths.Seed, missing], [], jobs: 2).Failed);
    }

    [Fact]
    public void The_pairs_are_compared_in_the_kinds_the_build_writes()
    {
        var seeds = Path.Combine(_dir, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var year in new[] { 2017, 2018 })
        {
            File.Copy(CorpusReports.PathOf($"{year}-state-council-gov-work-report.txt"), Path.Combine(seeds, $"{year}.txt"));
        }

        File.WriteAllText(Path.Combine(seeds, "compare.pairs"), "2017.txt -> 2018.txt\n");
        var sources = new[] { Path.Combine(seeds, "2017.txt"), Path.Combine(seeds, "2018.txt") };
        var pairs = ComparisonPairs.ForBuild(Path.Combine(seeds, "compare.pairs"), sourcesGiven: true, sources, Out);

        var result = Builder().Build(sources, pairs, jobs: 2, force: false);
        var comparison = Assert.Single(result.Comparisons).Result!;
        Assert.Equal(("2017--2018", "built", 2), (comparison.Pair.Name, comparison.State, comparison.Changed));
        Assert.Equal(["compare.json", "compare.md"], Directory.GetFiles(Path.Combine(Out, "compare", "2017--2018")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("compare/2017--2018/compare.json", File.ReadAllText(Path.Combine(Out, "index.html")), StringComparison.Ordinal);
        Assert.Empty(Builder().Check(sources, pairs, jobs: 2).Stale);
    }
}
