using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text;
using EcoBrief.Document;
using EcoBrief.Docx;
using EcoBrief.Extraction;
using EcoBrief.Model;
using EcoBrief.Pdf;
using EcoBrief.Serialization;
using EcoBrief.Templating;
using EcoBrief.Writers;

namespace EcoBrief.Cli.Building;

/// <summary>One report → all its outputs, in memory. Nothing touches the disk here, so a failure writes nothing.</summary>
internal static class DocumentRenderer
{
    private static readonly string[] Templates = ["summary", "handout"];

    /// <summary>
    /// Renders every file <paramref name="options"/> asks for. With <paramref name="parallel"/> the
    /// summary and the handout are rendered at once (for a build of fewer reports than cores); they
    /// share nothing but the briefing, so the bytes are the same either way.
    /// </summary>
    public static RenderedDocument Render(string source, BuildOptions options, Action<string>? stage = null, bool parallel = false)
    {
        var watch = Stopwatch.StartNew();
        stage?.Invoke("extract");
        var briefing = BriefingExtractor.ExtractFile(source);
        // After reading: a directory, say, is refused as such first.
        var name = DocumentFolder.RequireNameOf(source);
        // The built-in templates are parsed once per process; a user's folder once per document (it may change under a watch).
        var renderer = options.TemplatesDirectory is null ? BriefingTemplateRenderer.BuiltIn : new BriefingTemplateRenderer(TemplateLoader.FromDirectory(options.TemplatesDirectory));
        var builder = new DocumentBuilder(renderer, options.Preset);
        var files = new List<(string, byte[])>();
        var warnings = new List<string>(briefing.Warnings);
        if (options.Wants("briefing.json"))
        {
            files.Add(("briefing.json", Encoding.UTF8.GetBytes(BriefingJson.Serialize(briefing))));
        }

        var wanted = Templates.Where(options.WantsAny).ToArray();
        var outputs = new TemplateOutput[wanted.Length];
        if (parallel && wanted.Length > 1)
        {
            var tasks = wanted.Select(t => Task.Run(() => RenderTemplate(t, briefing, builder, source, options, stage))).ToArray();
            try
            {
                Task.WaitAll(tasks);
            }
            catch (AggregateException)
            {
                // Reported below, in order.
            }

            for (var i = 0; i < tasks.Length; i++)
            {
                if (tasks[i].IsFaulted)
                {
                    // The failure a sequential render would have met first, as itself (not wrapped).
                    ExceptionDispatchInfo.Throw(tasks[i].Exception!.InnerExceptions[0]);
                }

                outputs[i] = tasks[i].Result;
            }
        }
        else
        {
            for (var i = 0; i < wanted.Length; i++)
            {
                outputs[i] = RenderTemplate(wanted[i], briefing, builder, source, options, stage);
            }
        }

        foreach (var output in outputs)
        {
            files.AddRange(output.Files);
            warnings.AddRange(output.Warnings);
        }

        var items = briefing.Achievements.Count + briefing.Challenges.Count + briefing.Tasks.Count + briefing.Priorities.Count;
        var pages = outputs.ToDictionary(o => o.Template, o => o.PdfPages, StringComparer.Ordinal);
        return new RenderedDocument(
            source, name, files, items, briefing.Figures.Count, warnings,
            pages.GetValueOrDefault("summary"), pages.GetValueOrDefault("handout"), watch.Elapsed)
        {
            Overview = OverviewRow.Of(name, briefing, [.. files.Select(f => f.Item1)]),
        };
    }

    /// <summary>What rendering one template gave: its files, their warnings, and the PDF's page count (0 when no PDF was asked for).</summary>
    internal sealed record TemplateOutput(string Template, List<(string FileName, byte[] Bytes)> Files, List<string> Warnings, int PdfPages);

    private static TemplateOutput RenderTemplate(string template, Briefing briefing, DocumentBuilder builder, string source, BuildOptions options, Action<string>? stage)
    {
        stage?.Invoke($"{template}: template");
        var document = builder.Build(briefing, template, Path.GetFileName(source));
        return RenderFiles(template, document, options, stage);
    }

    /// <summary>
    /// The files of one document that <paramref name="options"/> asks for, named after the template
    /// (<c>TEMPLATE.pdf</c>, <c>.docx</c>, <c>.md</c>, <c>.html</c>): the one rendering path of every
    /// command that writes documents.
    /// </summary>
    internal static TemplateOutput RenderFiles(string template, BriefingDocument document, BuildOptions options, Action<string>? stage)
    {
        var files = new List<(string, byte[])>();
        var warnings = new List<string>();
        var pages = 0;
        if (options.Wants($"{template}.pdf"))
        {
            stage?.Invoke($"{template}: pdf");
            var pdf = PdfWriter.Write(document);
            files.Add(($"{template}.pdf", pdf.Bytes));
            warnings.AddRange(pdf.Warnings.Distinct().Select(w => $"{template}.pdf: {w}"));
            pages = pdf.Pages.Count;
            stage?.Invoke(document.Settings.OnePage ? $"{template}: pdf done, fitted at {pdf.Fit}" : $"{template}: pdf done, {pages} page(s)");
        }

        if (options.Wants($"{template}.docx"))
        {
            stage?.Invoke($"{template}: docx");
            var docxWarnings = new List<string>();
            files.Add(($"{template}.docx", DocxWriter.Write(document, new DocxWriterOptions { ReferenceDocx = options.ReferenceDocx }, docxWarnings)));
            warnings.AddRange(docxWarnings.Select(w => $"{template}.docx: {w}"));
            stage?.Invoke($"{template}: docx done");
        }

        if (options.Wants($"{template}.md"))
        {
            files.Add(($"{template}.md", Encoding.UTF8.GetBytes(document.Markdown)));
        }

        if (options.Wants($"{template}.html"))
        {
            files.Add(($"{template}.html", Encoding.UTF8.GetBytes(HtmlWriter.Write(document))));
        }

        return new TemplateOutput(template, files, warnings, pages);
    }
}
