using System.Runtime.ExceptionServices;
using EcoBrief.Comparison;
using EcoBrief.Corrections;
using EcoBrief.Diagnostics;
using EcoBrief.Document;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Outline;
using EcoBrief.Publishing;
using EcoBrief.Templating;
using EcoBrief.Writers.Overview;

namespace EcoBrief.Pipeline;

/// <summary>
/// The one way from a report to its briefing and to its files, in memory (pandoc's driver: readers →
/// one document → writers). Each stage takes the values the one before it made: the source's reader
/// (bytes → clean text, by format), the outline, the extraction, the corrections of the sidecar, each
/// template's document, each writer's file. <c>extract</c>, <c>build</c>, <c>check</c>, <c>render</c>,
/// <c>preview</c>, <c>compare</c>, the overview and the benchmarks all go through it; nothing here
/// touches the disk, so a failure writes nothing.
/// </summary>
/// <param name="writers">The formats it can write (the program's composition root registers them); null: <see cref="WriterRegistry.Core"/>.</param>
/// <param name="templates">The templates; null: the built-in ones.</param>
/// <param name="presetOverride">A preset that overrides every template's (<c>--preset</c>), or null.</param>
/// <param name="readers">The source readers; null: <see cref="SourceReaders.Default"/>.</param>
public sealed class BuildPipeline(WriterRegistry? writers = null, TemplateEvaluator? templates = null, string? presetOverride = null, SourceReaders? readers = null)
{
    private readonly WriterRegistry _writers = writers ?? WriterRegistry.Core;
    private readonly TemplateEvaluator _templates = templates ?? TemplateEvaluator.BuiltIn;
    private readonly SourceReaders _readers = readers ?? SourceReaders.Default;
    private readonly DocumentBuilder _builder = new(templates ?? TemplateEvaluator.BuiltIn, presetOverride);

    public WriterRegistry Writers => _writers;

    /// <summary>The report templates of this pipeline's template folder, in build order.</summary>
    public IReadOnlyList<string> ReportTemplates => TemplateCatalog.ReportTemplates(_templates.Loader);

    /// <summary>
    /// Source → briefing: the source's reader, the outline, the extraction (taking a category from the
    /// part and list the corrections choose), then the corrections stage (meta, drops, renames).
    /// </summary>
    /// <param name="input">The report and its corrections.</param>
    /// <param name="explanation">When given, every decision of the extraction is written to it, a line each.</param>
    /// <exception cref="InputRejectedException">The source is no report (empty, not text…): one line naming it.</exception>
    public ExtractedReport Extract(ReportInput input, List<string>? explanation = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var report = _readers.Read(input.Source);
        var explained = explanation?.Count ?? 0;
        var briefing = BriefingExtractor.Extract(OutlineBuilder.Build(report), explanation, input.Corrections);
        if (input.Corrections is { } corrections)
        {
            briefing = BriefingCorrector.Apply(briefing, corrections, explanation);
        }

        // A PDF's or a Word file's line numbers said as its pages and lines, or paragraphs.
        briefing = SourcePlaces.Locate(briefing, report);
        if (explanation is not null)
        {
            SourcePlaces.Locate(explanation, explained, report);
        }

        return new ExtractedReport(input.Source.Name, report, briefing);
    }

    /// <summary>Extracts <paramref name="input"/>, then publishes every file of <paramref name="outputs"/>.</summary>
    /// <inheritdoc cref="Publish(ExtractedReport, OutputSet, Action{string}?, bool)" path="/param"/>
    public Publication Publish(ReportInput input, OutputSet outputs, Action<string>? stage = null, bool parallel = false)
    {
        stage?.Invoke("extract");
        return Publish(Extract(input), outputs, stage, parallel);
    }

    /// <summary>What changed from <paramref name="old"/> to <paramref name="new"/> (<see cref="BriefingComparer"/>).</summary>
    public static BriefingComparison Compare(ExtractedReport old, ExtractedReport @new) => BriefingComparer.Compare(old, @new);

    /// <summary>
    /// Publishes every file of <paramref name="outputs"/> for one briefing. With <paramref name="parallel"/>
    /// the templates are published at once (for a build of fewer reports than cores); they share
    /// nothing but the briefing, so the bytes are the same either way.
    /// </summary>
    /// <param name="report">The report, extracted.</param>
    /// <param name="outputs">The files to make.</param>
    /// <param name="stage">Told each stage as it starts (progress, the verbose log).</param>
    /// <param name="parallel">Publish the templates at once.</param>
    public Publication Publish(ExtractedReport report, OutputSet outputs, Action<string>? stage = null, bool parallel = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Publish(report.Briefing, report.Source, outputs, stage, parallel);
    }

    /// <summary>Publishes every file of <paramref name="outputs"/> for a briefing made elsewhere (read back from JSON, built by hand), named <paramref name="sourceName"/>.</summary>
    /// <inheritdoc cref="Publish(ExtractedReport, OutputSet, Action{string}?, bool)" path="/param"/>
    public Publication Publish(Briefing briefing, string sourceName, OutputSet outputs, Action<string>? stage = null, bool parallel = false)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(outputs);
        var files = new List<PublishedFile>();
        var diagnostics = new List<Diagnostic>(briefing.Diagnostics);
        if (outputs.DataFile is { } data)
        {
            files.Add(Write(_writers.BriefingData, briefing, data, diagnostics).File);
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
            files.Add(Write(_writers.ComparisonData, comparison, data, diagnostics).File);
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

    /// <summary>The overview of a build of many reports: each of its files (<see cref="WriterRegistry.Overview"/>), in memory.</summary>
    public IReadOnlyList<PublishedFile> Publish(BuildOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var diagnostics = new List<Diagnostic>();
        return [.. _writers.Overview.Select(o => Write(o.Writer, overview, o.FileName, diagnostics).File)];
    }

    /// <summary>The document a template makes of a report, for the verbs that show it rather than write a set of files (<c>render</c>, <c>preview</c>).</summary>
    public BriefingDocument Document(ExtractedReport report, string template)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Document(report.Briefing, template, report.Source);
    }

    /// <summary>The document a template makes of a briefing named <paramref name="sourceName"/>.</summary>
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
