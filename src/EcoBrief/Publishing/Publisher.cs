using System.Runtime.ExceptionServices;
using EcoBrief.Comparison;
using EcoBrief.Diagnostics;
using EcoBrief.Document;
using EcoBrief.Extraction;
using EcoBrief.Model;
using EcoBrief.Templating;

namespace EcoBrief.Publishing;

/// <summary>
/// Source → briefing → each template's document → each writer's file, in memory: the one publishing
/// path that <c>build</c>, <c>check</c>, <c>render</c>, <c>compare</c> and the benchmarks share.
/// Nothing touches the disk here, so a failure writes nothing.
/// </summary>
public sealed class Publisher(WriterRegistry writers, TemplateEvaluator templates, string? presetOverride = null)
{
    private readonly DocumentBuilder _builder = new(templates, presetOverride);

    public WriterRegistry Writers => writers;

    /// <summary>The report templates of this publisher's template folder, in build order.</summary>
    public IReadOnlyList<string> ReportTemplates => TemplateCatalog.ReportTemplates(templates.Loader);

    /// <summary>Reads and extracts <paramref name="source"/>, then publishes every file of <paramref name="outputs"/>.</summary>
    public Publication Publish(string source, OutputSet outputs, Action<string>? stage = null, bool parallel = false)
    {
        stage?.Invoke("extract");
        return Publish(BriefingExtractor.ExtractFile(source), Path.GetFileName(source), outputs, stage, parallel);
    }

    /// <summary>
    /// Publishes every file of <paramref name="outputs"/> for one briefing. With <paramref name="parallel"/>
    /// the templates are published at once (for a build of fewer reports than cores); they share
    /// nothing but the briefing, so the bytes are the same either way.
    /// </summary>
    public Publication Publish(Briefing briefing, string sourceName, OutputSet outputs, Action<string>? stage = null, bool parallel = false)
    {
        var files = new List<PublishedFile>();
        var diagnostics = new List<Diagnostic>(briefing.Diagnostics);
        if (outputs.DataFile is { } data)
        {
            files.Add(Write(writers.BriefingData, briefing, data, diagnostics).File);
        }

        var wanted = outputs.Templates;
        var results = new TemplateResult[wanted.Count];
        if (parallel && wanted.Count > 1)
        {
            var tasks = wanted.Select(t => Task.Run(() => PublishOne(t))).ToArray();
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
                    // The failure a sequential run would have met first, as itself (not wrapped).
                    ExceptionDispatchInfo.Throw(tasks[i].Exception!.InnerExceptions[0]);
                }

                results[i] = tasks[i].Result;
            }
        }
        else
        {
            for (var i = 0; i < wanted.Count; i++)
            {
                results[i] = PublishOne(wanted[i]);
            }
        }

        var pages = new List<(string, int)>();
        foreach (var r in results)
        {
            files.AddRange(r.Files);
            diagnostics.AddRange(r.Diagnostics);
            if (r.Pages > 0)
            {
                pages.Add((r.Template, r.Pages));
            }
        }

        return new Publication(briefing, files, diagnostics, pages);

        TemplateResult PublishOne(string template)
        {
            stage?.Invoke($"{template}: template");
            return PublishTemplate(template, ForOutputs(_builder.Build(briefing, template, sourceName), outputs), outputs, stage);
        }
    }

    /// <summary>A comparison of two reports through <paramref name="template"/> (<c>compare</c>), with the comparison's data file.</summary>
    public Publication Publish(BriefingComparison comparison, OutputSet outputs, string template = "compare")
    {
        var files = new List<PublishedFile>();
        var diagnostics = new List<Diagnostic>();
        if (outputs.DataFile is { } data)
        {
            files.Add(Write(writers.ComparisonData, comparison, data, diagnostics).File);
        }

        var pages = new List<(string, int)>();
        if (outputs.Templates.Contains(template, StringComparer.Ordinal))
        {
            var r = PublishTemplate(template, ForOutputs(_builder.Build(comparison, template), outputs), outputs, null);
            files.AddRange(r.Files);
            diagnostics.AddRange(r.Diagnostics);
            if (r.Pages > 0)
            {
                pages.Add((template, r.Pages));
            }
        }

        return new Publication(null, files, diagnostics, pages);
    }

    /// <summary>The document a template makes of a briefing, for the verbs that show it rather than write a set of files (<c>preview</c>).</summary>
    public BriefingDocument Document(Briefing briefing, string template, string sourceName) => _builder.Build(briefing, template, sourceName);

    /// <summary>
    /// The document as this output set shows it: a note that points to another template's document
    /// (见讲义) only when a file of that template is built too, else the note that points nowhere.
    /// </summary>
    internal static BriefingDocument ForOutputs(BriefingDocument document, OutputSet outputs) =>
        document.Settings.NotesReferTo is { } other && !outputs.Templates.Contains(other, StringComparer.Ordinal)
            ? document with { Settings = document.Settings.WithoutReferredTemplate() }
            : document;

    private sealed record TemplateResult(string Template, List<PublishedFile> Files, List<Diagnostic> Diagnostics, int Pages);

    private static TemplateResult PublishTemplate(string template, BriefingDocument document, OutputSet outputs, Action<string>? stage)
    {
        var files = new List<PublishedFile>();
        var diagnostics = new List<Diagnostic>();
        var pages = 0;
        foreach (var output in outputs.Documents.Where(d => d.Template == template))
        {
            stage?.Invoke($"{template}: {output.Writer.Format}");
            var (file, result) = Write(output.Writer, document, output.FileName, diagnostics);
            files.Add(file);
            pages = Math.Max(pages, result.Pages);
            stage?.Invoke(result.Note is null ? $"{template}: {output.Writer.Format} done" : $"{template}: {output.Writer.Format} done, {result.Note}");
        }

        return new TemplateResult(template, files, diagnostics, pages);
    }

    private static (PublishedFile File, WriteResult Result) Write<T>(IWriter<T> writer, T input, string fileName, List<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        var result = writer.Write(input, stream);
        diagnostics.AddRange(result.Diagnostics.Select(d => d with { File = fileName }));
        return (new PublishedFile(fileName, stream.ToArray()), result);
    }
}
