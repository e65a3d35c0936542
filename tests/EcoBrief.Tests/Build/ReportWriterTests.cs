using EcoBrief.Build;

namespace EcoBrief.Tests.Build;

/// <summary>A report's files are written as a set, only those whose bytes changed.</summary>
public sealed class ReportWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-report-writer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_report_is_written_once_then_up_to_date_and_force_writes_it_again()
    {
        var report = new PublishedReport("r.txt", "r", [("a.txt", "A"u8.ToArray()), ("b.txt", "B"u8.ToArray())], 0, 0, [], [], TimeSpan.Zero);

        var first = ReportWriter.Write(report, _dir, force: false);
        Assert.Equal(("built", 2, 2), (first.State, first.Changed, first.Size));
        Assert.Empty(first.Report.Files);
        Assert.Equal("A", File.ReadAllText(Path.Combine(_dir, "r", "a.txt")));

        var second = ReportWriter.Write(report, _dir, force: false);
        Assert.Equal((ReportWriter.UpToDate, 0), (second.State, second.Changed));

        File.WriteAllText(Path.Combine(_dir, "r", "b.txt"), "changed by hand");
        var third = ReportWriter.Write(report, _dir, force: false);
        Assert.Equal(("updated b.txt", 1), (third.State, third.Changed));
        Assert.Equal("B", File.ReadAllText(Path.Combine(_dir, "r", "b.txt")));

        Assert.Equal(("built", 2), (ReportWriter.Write(report, _dir, force: true).State, ReportWriter.Write(report, _dir, force: true).Changed));
    }
}
