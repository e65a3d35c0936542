using System.Text;
using EcoBrief.Tests.Comparison;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Cli;

/// <summary>A build of many reports writes index.html and overview.csv beside their folders; check covers both.</summary>
public sealed class OverviewTests
{
    private static readonly string[] Reports = ["2026-beijing-gov-work-report.txt", "2026-jiangsu-gov-work-report.txt", "2021-state-council-gov-work-report.txt"];

    private static string[] Build(string dir, string jobs = "2") =>
        ["build", .. Reports.Select(CorpusReports.PathOf), "-o", dir, "--formats", "json,pdf", "--jobs", jobs];

    [Fact]
    public void A_build_of_many_reports_writes_a_sortable_page_and_a_csv_with_one_row_each_that_check_covers()
    {
        var dir = Directory.CreateTempSubdirectory("ecobrief-overview-").FullName;
        try
        {
            var (exit, output, err) = CliRunner.Run(Build(dir));
            Assert.True(exit == 0, output + err);

            var html = File.ReadAllText(Path.Combine(dir, "index.html"));
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
            Assert.Contains("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
            Assert.Equal(3, html.Split("<tr>").Length - 2);
            Assert.Contains("href=\"2026-jiangsu-gov-work-report/summary.pdf\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"2021-state-council-gov-work-report/briefing.json\"", html, StringComparison.Ordinal);
            // The State Council's 2021 target: 6%以上, sortable by its number.
            Assert.Contains("data-sort=\"6\">6%以上</td>", html, StringComparison.Ordinal);

            var csv = File.ReadAllBytes(Path.Combine(dir, "overview.csv"));
            Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
            var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
            Assert.Equal(5, lines.Length);
            Assert.Equal(string.Empty, lines[^1]);
            Assert.StartsWith("报告,标题,级别,地区,年份,讲话人,职务,会议日期,发布日期,待核对,成绩,问题,任务,战略重点,数字,上年GDP增长,上年GDP增长单位,上年GDP增长限定,今年GDP目标,", lines[0], StringComparison.Ordinal);
            // By level, then region, then year: the State Council's first, then 北京市 before 江苏省.
            Assert.StartsWith("2021-state-council-gov-work-report,政府工作报告,国家,全国,2021,", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("2026-beijing-gov-work-report,", lines[2], StringComparison.Ordinal);
            Assert.Contains(",2021-state-council-gov-work-report/summary.pdf,", lines[1], StringComparison.Ordinal);
            Assert.Contains(",6,%,以上,", lines[1], StringComparison.Ordinal);

            Assert.Equal(0, CliRunner.Run(["check", .. Build(dir)[1..]]).Exit);
            var again = CliRunner.Run(Build(dir));
            Assert.Contains("everything is up to date", again.Out, StringComparison.Ordinal);

            File.AppendAllText(Path.Combine(dir, "index.html"), " ");
            File.Delete(Path.Combine(dir, "overview.csv"));
            var (staleExit, staleOut, _) = CliRunner.Run(["check", .. Build(dir)[1..]]);
            Assert.Equal(3, staleExit);
            Assert.Contains($"{Path.Combine(dir, "index.html")} (differs)", staleOut, StringComparison.Ordinal);
            Assert.Contains($"{Path.Combine(dir, "overview.csv")} (missing)", staleOut, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_overview_is_byte_reproducible()
    {
        var a = Directory.CreateTempSubdirectory("ecobrief-overview-a-").FullName;
        var b = Directory.CreateTempSubdirectory("ecobrief-overview-b-").FullName;
        try
        {
            Assert.Equal(0, CliRunner.Run(Build(a)).Exit);
            Assert.Equal(0, CliRunner.Run(Build(b, jobs: "1")).Exit);
            foreach (var file in new[] { "index.html", "overview.csv" })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
            }
        }
        finally
        {
            Directory.Delete(a, recursive: true);
            Directory.Delete(b, recursive: true);
        }
    }

    [Fact]
    public void A_build_of_one_report_writes_no_overview()
    {
        var dir = Directory.CreateTempSubdirectory("ecobrief-overview-").FullName;
        try
        {
            Assert.Equal(0, CliRunner.Run("build", CorpusReports.PathOf(Reports[0]), "-o", dir, "--formats", "json").Exit);
            Assert.False(File.Exists(Path.Combine(dir, "index.html")));
            Assert.False(File.Exists(Path.Combine(dir, "overview.csv")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
