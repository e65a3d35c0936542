using EcoBrief.Cli;
using EcoBrief.Publishing;
using EcoBrief.Templating;
using EcoBrief.Tests.Support;
using UglyToad.PdfPig;

namespace EcoBrief.Tests.Publishing;

/// <summary>The summary's notes name the handout (见讲义) only when the run builds the handout too.</summary>
public sealed class CutNoteTests
{
    private static readonly WriterRegistry Writers = OutputFormats.Registry();

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The summary page's text, built through the publisher with <paramref name="formats"/>.</summary>
    private static string SummaryText(string formats, out int cut)
    {
        var tasks = Enumerable.Range(1, 40).Select(i => Briefings.Item($"第{i}项重点任务，全面推进各项工作落实见效", "具体说明。")).ToList();
        var briefing = Briefings.Seed with { Tasks = tasks };
        var outputs = OutputSet.Parse(formats, ["summary", "handout"], Writers, "briefing.json", out var unknown);
        Assert.Empty(unknown);
        var publication = new EcoBrief.Pipeline.BuildPipeline(Writers, TemplateEvaluator.BuiltIn).Publish(briefing, "x.txt", outputs);
        using var pdf = PdfDocument.Open(publication.Files.Single(f => f.FileName == "summary.pdf").Bytes);
        var text = Squeeze(pdf.GetPage(1).Text);
        cut = 40 - tasks.Count(t => text.Contains(Squeeze(t.Title), StringComparison.Ordinal));
        Assert.InRange(cut, 1, 37);
        return text;
    }

    [Theory]
    [InlineData("pdf,docx,json")]
    [InlineData("summary.pdf,handout.pdf")]
    [InlineData("pdf,handout.md")]
    public void With_the_handout_built_the_notes_point_to_it(string formats)
    {
        var text = SummaryText(formats, out var cut);
        Assert.Contains($"……（另有{cut}项，见讲义）", text, StringComparison.Ordinal);
        Assert.Contains("注：限于篇幅，部分事项的说明从略，详见讲义。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("summary.pdf,json")]
    [InlineData("pdf,summary.docx")]
    public void Without_the_handout_no_note_points_to_a_document_that_is_not_built(string formats)
    {
        var text = SummaryText(formats, out var cut);
        Assert.DoesNotContain("讲义", text, StringComparison.Ordinal);
        Assert.Contains($"……（另有{cut}项从略）", text, StringComparison.Ordinal);
        Assert.Contains("注：限于篇幅，部分事项的说明从略。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_may_name_no_other_document_and_keep_its_notes()
    {
        var settings = new EcoBrief.Document.DocumentSettings { NotesReferTo = null, CutNote = "……（另有{n}项）" };
        Assert.Same(settings, settings.WithoutReferredTemplate());
        var alone = new EcoBrief.Document.DocumentSettings().WithoutReferredTemplate();
        Assert.Equal("……（另有{n}项从略）", alone.CutNote);
        Assert.Equal("注：限于篇幅，部分事项的说明从略。", alone.DetailNote);
    }
}
