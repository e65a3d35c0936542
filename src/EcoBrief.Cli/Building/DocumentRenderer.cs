using System.Diagnostics;
using System.Text;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Extraction;
using EcoBrief.Pdf;
using EcoBrief.Serialization;
using EcoBrief.Templating;
using EcoBrief.Writers;

namespace EcoBrief.Cli.Building;

/// <summary>One report → all its outputs, in memory. Nothing touches the disk here, so a failure writes nothing.</summary>
internal static class DocumentRenderer
{
    public static RenderedDocument Render(string source, BuildOptions options, Action<string>? stage = null)
    {
        var watch = Stopwatch.StartNew();
        var name = Path.GetFileNameWithoutExtension(source);
        stage?.Invoke("extract");
        var briefing = BriefingExtractor.ExtractFile(source);
        // The built-in templates are parsed once per process; a user's folder once per document (it may change under a watch).
        var renderer = options.TemplatesDirectory is null ? BriefingTemplateRenderer.BuiltIn : new BriefingTemplateRenderer(TemplateLoader.FromDirectory(options.TemplatesDirectory));
        var builder = new DocumentBuilder(renderer, options.Preset);
        var files = new List<(string, byte[])>();
        var warnings = new List<string>(briefing.Warnings);
        int summaryPages = 0, handoutPages = 0;
        if (options.Wants("briefing.json"))
        {
            files.Add(("briefing.json", Encoding.UTF8.GetBytes(BriefingJson.Serialize(briefing))));
        }

        foreach (var template in (string[])["summary", "handout"])
        {
            if (!options.WantsAny(template))
            {
                continue;
            }

            stage?.Invoke($"{template}: template");
            var document = builder.Build(briefing, template, Path.GetFileName(source));
            if (options.Wants($"{template}.pdf"))
            {
                stage?.Invoke($"{template}: pdf");
                var pdf = PdfWriter.Write(document);
                files.Add(($"{template}.pdf", pdf.Bytes));
                warnings.AddRange(pdf.Warnings.Distinct().Select(w => $"{template}.pdf: {w}"));
                if (template == "summary")
                {
                    summaryPages = pdf.Pages.Count;
                    stage?.Invoke($"summary: fitted at {pdf.Fit}");
                }
                else
                {
                    handoutPages = pdf.Pages.Count;
                }
            }

            if (options.Wants($"{template}.docx"))
            {
                stage?.Invoke($"{template}: docx");
                files.Add(($"{template}.docx", DocxWriter.Write(document, new DocxWriterOptions { ReferenceDocx = options.ReferenceDocx })));
            }

            if (options.Wants($"{template}.md"))
            {
                files.Add(($"{template}.md", Encoding.UTF8.GetBytes(document.Markdown)));
            }

            if (options.Wants($"{template}.html"))
            {
                files.Add(($"{template}.html", Encoding.UTF8.GetBytes(HtmlWriter.Write(document))));
            }
        }

        var items = briefing.Achievements.Count + briefing.Challenges.Count + briefing.Tasks.Count + briefing.Priorities.Count;
        return new RenderedDocument(source, name, files, items, briefing.Figures.Count, warnings, summaryPages, handoutPages, watch.Elapsed);
    }
}
