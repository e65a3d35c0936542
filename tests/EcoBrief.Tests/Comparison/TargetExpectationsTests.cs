using EcoBrief.Comparison;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Comparison;

/// <summary>
/// Every target of the targets paragraph is in the 目标与实绩 table (issue 21): the targets of sixteen
/// reports — corpus texts and the population's tuning split, never its sealed one — written by hand
/// from their paragraphs (TestFiles/targets/expected-targets.tsv), each found with its label and its
/// bound as written, and nothing found that the paragraph does not set.
/// </summary>
public sealed class TargetExpectationsTests
{
    private static readonly Lazy<ILookup<string, (string Indicator, string Target)>> Expected = new(() =>
        File.ReadLines(TestPaths.TestFile("targets", "expected-targets.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToLookup(f => f[0], f => (f[1], f[2])));

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var report in Expected.Value.Select(g => g.Key).Order(StringComparer.Ordinal))
        {
            data.Add(report);
        }

        return data;
    }

    [Fact]
    public void The_expectations_cover_ten_reports_or_more_and_none_of_the_sealed_split()
    {
        Assert.True(Expected.Value.Count >= 10, $"{Expected.Value.Count} reports");
        Assert.DoesNotContain(Expected.Value, g => g.Key.Contains("sealed", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_target_of_the_paragraph_is_in_the_table_with_its_bound(string report)
    {
        var briefing = Pipelines.Extract(TestPaths.TestFile([.. report.Split('/')]));
        var table = TargetTable.Of(briefing);
        var expected = Expected.Value[report].ToList();
        var missing = expected.Where(e => !table.Any(r => r.Target.Text == e.Target && SameIndicator(r.Target.Label, e.Indicator))).ToList();
        var extra = table.Where(r => !expected.Any(e => r.Target.Text == e.Target && SameIndicator(r.Target.Label, e.Indicator))).Select(r => $"{r.Target.Label} {r.Target.Text}").ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{report}\n  missing: {string.Join("; ", missing.Select(m => $"{m.Indicator} {m.Target}"))}\n  not in the paragraph: {string.Join("; ", extra)}");
    }

    /// <summary>One label names what the other does: equal, or one holds the other (全省地区生产总值增长 / 地区生产总值增长).</summary>
    private static bool SameIndicator(string label, string indicator) =>
        label == indicator || label.Contains(indicator, StringComparison.Ordinal) || indicator.Contains(label, StringComparison.Ordinal);
}
