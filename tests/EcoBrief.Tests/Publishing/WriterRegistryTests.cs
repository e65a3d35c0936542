using EcoBrief.Cli;
using EcoBrief.Document;
using EcoBrief.Publishing;
using EcoBrief.Writers.Json;
using EcoBrief.Writers.Markdown;

namespace EcoBrief.Tests.Publishing;

public sealed class WriterRegistryTests
{
    [Fact]
    public void The_program_registers_pdf_docx_md_html_and_txt_in_that_order_and_json_for_data()
    {
        var writers = OutputFormats.Registry();
        Assert.Equal(["pdf", "docx", "md", "html", "txt"], writers.Documents.Select(w => w.Format));
        Assert.Equal([".pdf", ".docx", ".md", ".html", ".txt"], writers.Documents.Select(w => w.Extension));
        Assert.Equal("json", writers.BriefingData.Format);
        Assert.Same(writers.Find("txt"), writers.Documents[4]);
        Assert.Null(writers.Find("xls"));
        Assert.Equal([("index.html", "html"), ("overview.csv", "csv")], writers.Overview.Select(o => (o.FileName, o.Writer.Format)));
    }

    [Fact]
    public void The_engine_alone_writes_md_html_txt_json_and_the_overview()
    {
        var writers = WriterRegistry.Core;
        Assert.Equal(["md", "html", "txt"], writers.Documents.Select(w => w.Format));
        Assert.Equal(("json", "json"), (writers.BriefingData.Format, writers.ComparisonData.Format));
        Assert.Equal(["index.html", "overview.csv"], writers.Overview.Select(o => o.FileName));
    }

    [Fact]
    public void Two_writers_of_one_format_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new WriterRegistry(
            [new MarkdownFormatWriter(), new MarkdownFormatWriter()], new BriefingJsonFormatWriter(), new ComparisonJsonFormatWriter()));
    }

    [Fact]
    public void A_writer_s_warnings_are_reported_with_its_file_name()
    {
        var writers = new WriterRegistry([new WarningWriter()], new BriefingJsonFormatWriter(), new ComparisonJsonFormatWriter());
        var publisher = new EcoBrief.Pipeline.BuildPipeline(writers, EcoBrief.Templating.TemplateEvaluator.BuiltIn);
        var set = OutputSet.Parse("summary.warn", publisher.ReportTemplates, writers, "briefing.json", out _);
        var publication = publisher.Publish(Support.Briefings.Seed, "seed.txt", set);
        Assert.Equal("summary.warn", Assert.Single(publication.Files).FileName);
        Assert.Equal("ok"u8.ToArray(), publication.Files[0].Bytes);
        var diagnostic = Assert.Single(publication.Diagnostics, d => d.File is not null);
        Assert.Equal("summary.warn: something was dropped", diagnostic.Text);
        Assert.Equal(("summary.warn", "something was dropped"), (diagnostic.File, diagnostic.Message));
        Assert.Equal([("summary", 3)], publication.Pages);
    }

    private sealed class WarningWriter : IWriter<BriefingDocument>
    {
        public string Format => "warn";

        public string Extension => ".warn";

        public WriteResult Write(BriefingDocument input, Stream output)
        {
            output.Write("ok"u8);
            return new WriteResult(3, [EcoBrief.Diagnostics.DiagnosticKinds.MissingGlyph.Of("something was dropped")]);
        }
    }
}
