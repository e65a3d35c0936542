using EcoBrief.Diagnostics;
using EcoBrief.Extraction;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Extraction;

/// <summary>The corrections sidecar (NAME.ecobrief.yml): applied by extract, build and check; a bad one is one line with its place.</summary>
public sealed class CorrectionsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ecobrief-corrections-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A corpus report copied with a sidecar beside it.</summary>
    private string Report(string corpusName, string? sidecar)
    {
        var path = Path.Combine(_dir, "report.txt");
        File.Copy(TestPaths.TestFile("corpus", "texts", corpusName), path, overwrite: true);
        var yml = Path.Combine(_dir, "report.ecobrief.yml");
        if (sidecar is null)
        {
            File.Delete(yml);
        }
        else
        {
            File.WriteAllText(yml, sidecar);
        }

        return path;
    }

    [Fact]
    public void Meta_fields_replace_what_was_extracted_and_the_others_stay()
    {
        var b = Pipelines.Extract(Report("2026-beijing-gov-work-report.txt", "meta:\n  title: 北京市政府工作报告（修正）\n  published: 2026-01-26\n"));
        Assert.Equal("北京市政府工作报告（修正）", b.Meta.Title);
        Assert.Equal("2026-01-26", b.Meta.Published);
        Assert.Equal("殷勇", b.Meta.Speaker);
    }

    [Fact]
    public void A_list_kind_chooses_which_list_holds_the_achievements()
    {
        // Hubei's review holds the five years' —— paragraphs and 2025's —— headings; the engine takes
        // the headings. Asking for a section and kind that exist elsewhere takes that list instead.
        var plain = Pipelines.Extract(Report("2026-hubei-gov-work-report.txt", null));
        Assert.Equal(3, plain.Achievements.Count);
        var corrected = Pipelines.Extract(Report("2026-hubei-gov-work-report.txt", "achievements:\n  section: 2026年的重点工作\n  list: （一）\n"));
        Assert.Equal(plain.Tasks.Select(t => t.Title), corrected.Achievements.Select(a => a.Title));
    }

    [Fact]
    public void Items_are_dropped_and_renamed_and_a_correction_that_matches_nothing_is_a_warning()
    {
        var plain = Pipelines.Extract(Report("2026-beijing-gov-work-report.txt", null));
        var first = plain.Tasks[0].Title;
        var second = plain.Tasks[1].Title;
        var b = Pipelines.Extract(Report("2026-beijing-gov-work-report.txt", $"drop:\n  - \"{first[..6]}\"\n  - 没有这一项\nrename:\n  \"{second[..6]}\": 扩大内需\n"));
        Assert.Equal(plain.Tasks.Count - 1, b.Tasks.Count);
        Assert.Equal("扩大内需", b.Tasks[0].Title);
        var unmatched = Assert.Single(b.Diagnostics, w => w.Text.Contains("drop 「没有这一项」 matches no item", StringComparison.Ordinal));
        Assert.Equal(("EB312", EcoBrief.Diagnostics.DiagnosticStage.Extraction, "drop 「没有这一项」 matches no item"), (unmatched.Code, unmatched.Stage, unmatched.Message));
        Assert.EndsWith("report.ecobrief.yml", unmatched.File, StringComparison.Ordinal);
        Assert.Equal($"{unmatched.File}: drop 「没有这一项」 matches no item", unmatched.Text);
    }

    [Theory]
    [InlineData("metta:\n  title: x\n", "(1,1): unknown key 'metta'")]
    [InlineData("meta:\n  title: [a, b]\n", "(2,10): expected a non-empty text")]
    [InlineData("meta:\n  published: 2026-13-45\n", "published must be a date YYYY-MM-DD")]
    [InlineData("drop: 各位代表\n", "(1,7): expected a list")]
    [InlineData("meta: [\n", "(2,1):")]
    [InlineData("achievements:\n  heading: x\n", "unknown key 'heading'; known: section, list")]
    public void A_bad_sidecar_is_one_error_with_its_place(string yaml, string expected)
    {
        var path = Report("2026-beijing-gov-work-report.txt", yaml);
        var e = Assert.Throws<InputRejectedException>(() => Pipelines.Extract(path));
        Assert.Contains("report.ecobrief.yml", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_changed_sidecar_makes_the_output_stale_and_build_applies_it()
    {
        var source = Report("2026-beijing-gov-work-report.txt", null);
        var output = Path.Combine(_dir, "out");
        Assert.Equal(0, CliRunner.Run(["build", source, "-o", output, "--formats", "json"]).Exit);
        Assert.Equal(0, CliRunner.Run(["check", source, "-o", output, "--formats", "json"]).Exit);

        File.WriteAllText(Path.Combine(_dir, "report.ecobrief.yml"), "meta:\n  speaker: 某某\n");
        Assert.Equal(3, CliRunner.Run(["check", source, "-o", output, "--formats", "json"]).Exit);
        Assert.Equal(0, CliRunner.Run(["build", source, "-o", output, "--formats", "json"]).Exit);
        Assert.Contains("\"speaker\": \"某某\"", File.ReadAllText(Path.Combine(output, "report", "briefing.json")), StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run(["extract", source]).Exit);
        File.WriteAllText(Path.Combine(_dir, "report.ecobrief.yml"), "meta: [\n");
        var (exit, _, err) = CliRunner.Run(["build", source, "-o", output, "--formats", "json"]);
        Assert.Equal(1, exit);
        Assert.Contains("report.ecobrief.yml(", err, StringComparison.Ordinal);
    }
}
