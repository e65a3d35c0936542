using System.CommandLine;
using System.Globalization;
using EcoBrief.Build;
using EcoBrief.Comparison;
using EcoBrief.Document;
using EcoBrief.Pipeline;
using EcoBrief.Publishing;

namespace EcoBrief.Cli.Commands;

/// <summary>
/// <c>ecobrief compare OLD NEW</c>: what changed from one report to the next — targets, headline
/// results, tasks and priorities, new phrases — as compare.pdf (one page), compare.docx and
/// compare.json, through the built-in <c>compare</c> template and the same writers as <c>build</c>.
/// </summary>
internal static class CompareCommand
{
    public const string Template = ComparisonPublisher.Template;

    /// <summary>The name of a comparison's data file.</summary>
    public const string DataFile = ComparisonPublisher.DataFile;

    /// <summary>Every file compare can write, in the order they are written.</summary>
    public static IReadOnlyList<string> All => ComparisonPublisher.All(OutputFormats.Registry());

    public static Command Create(CliContext cli)
    {
        var oldFile = new Argument<string>("old") { Description = "The earlier report." };
        var newFile = new Argument<string>("new") { Description = "The later report (or another province's of the same year)." };
        var output = SharedOptions.OutputFolder("Folder to write compare.pdf, compare.docx and compare.json into.", "compare");
        var formats = new Option<string>("--formats") { Description = "Comma-separated: pdf, docx, json, md, html, txt, all, or file names such as compare.md.", DefaultValueFactory = _ => OutputFormats.Default };
        var templates = SharedOptions.Templates("A folder of templates to use instead of the built-in ones (its compare.md.sbn).");
        var preset = SharedOptions.Preset();
        var reference = SharedOptions.ReferenceDocx("compare.docx");
        var explain = new Option<bool>("--explain") { Description = "Print how tasks and priorities were matched (every score at or above half the threshold, the pairs taken and the bigrams they share) and how the distinctive terms were found (each filter's count, each term's count, cohesion and score)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors (and --explain)." };
        var verbose = SharedOptions.Verbose();
        formats.Validators.Add(r =>
        {
            var files = Parse(r.GetValueOrDefault<string>() ?? string.Empty, out var unknown);
            if (unknown.Count > 0 || files.FileNames.Count == 0)
            {
                r.AddError($"unknown format(s) '{string.Join(",", unknown)}'; known: {OutputSet.Known([Template], OutputFormats.Registry(), DataFile)}");
            }
        });
        var command = new Command("compare", "Compare two reports: targets, headline results, tasks, new phrases (compare.pdf, compare.docx, compare.json).")
        {
            oldFile, newFile, output, formats, templates, preset, reference, explain, quiet, verbose,
        };
        command.SetAction(parse => CommandErrors.Run(cli.Err, parse.GetValue(verbose), () =>
        {
            var options = new BuildOptions(parse.GetValue(formats)!, parse.GetValue(output)!, OutputFormats.Registry(parse.GetValue(reference)), parse.GetValue(templates), parse.GetValue(preset));
            _ = ReproducibleDate.FromEnvironment();
            var (oldInput, newInput) = (ReportInput.Load(parse.GetValue(oldFile)!), ReportInput.Load(parse.GetValue(newFile)!));
            var pipeline = ReportPublisher.PipelineFor(options);
            var old = pipeline.Extract(oldInput);
            var @new = pipeline.Extract(newInput);
            var comparison = BuildPipeline.Compare(old, @new);
            if (parse.GetValue(explain))
            {
                Explain(cli.Out, "tasks", old.Briefing.Tasks, @new.Briefing.Tasks, comparison.Tasks, comparison.Threshold);
                Explain(cli.Out, "priorities", old.Briefing.Priorities, @new.Briefing.Priorities, comparison.Priorities, comparison.Threshold);
                var terms = new List<string>();
                _ = BriefingComparer.DistinctiveTerms(old, @new, comparison.NewPhrases, terms);
                foreach (var line in terms)
                {
                    cli.Out.WriteLine(line);
                }

                cli.Out.WriteLine();
            }

            var files = Publish(comparison, options);
            BuildGuard.Inputs([parse.GetValue(oldFile)!, parse.GetValue(newFile)!], options.TemplatesDirectory, parse.GetValue(reference)).CheckAll(files.Files.Select(f => Path.Combine(options.OutputRoot, f.FileName)));
            var written = ReportWriter.WriteChanged(options.OutputRoot, files.Files);

            DiagnosticLines.Print(cli.Err, files.Diagnostics, subject: null);

            if (!parse.GetValue(quiet))
            {
                var t = comparison.Tasks;
                cli.Out.WriteLine(EcoBrief.IO.DisplayPath.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"{old.Source} -> {@new.Source}: targets {Count(comparison, ChangeKind.Changed)} changed, {Count(comparison, ChangeKind.New)} new, {Count(comparison, ChangeKind.Dropped)} dropped, {Count(comparison, ChangeKind.Unchanged)} unchanged; tasks {t.Pairs.Count} matched, {t.New.Count} new, {t.Dropped.Count} dropped; {comparison.NewPhrases.Count} new phrase(s), {comparison.DistinctiveTerms.Count} distinctive term(s)")));
                cli.Out.WriteLine(EcoBrief.IO.DisplayPath.Escape(written.Count == 0 ? $"up to date -> {options.OutputRoot}" : $"{string.Join(", ", written)} -> {options.OutputRoot}"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>All the files of a comparison <paramref name="options"/> asks for, in memory, through the build's rendering path.</summary>
    internal static Publication Publish(BriefingComparison comparison, BuildOptions options) => ComparisonPublisher.Publish(comparison, options);

    private static int Count(BriefingComparison c, string kind) => c.Targets.Count(t => t.Change == kind);

    private static OutputSet Parse(string formats, out IReadOnlyList<string> unknown) => ComparisonPublisher.Parse(formats, OutputFormats.Registry(), out unknown);

    private static void Explain(TextWriter o, string what, IReadOnlyList<Model.BriefingItem> old, IReadOnlyList<Model.BriefingItem> @new, ItemComparison result, double threshold)
    {
        if (old.Count == 0 && @new.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(inv, $"{what}: {old.Count} old, {@new.Count} new; character-bigram TF-IDF cosine (title x{ItemMatcher.TitleWeight}), pairs at >= {threshold:0.00}, taken greedily by descending score"));
        var scores = ItemMatcher.Scores(old, @new);
        for (var i = 0; i < old.Count; i++)
        {
            var candidates = Enumerable.Range(0, @new.Count).Where(j => scores[i, j] >= threshold / 2).OrderByDescending(j => scores[i, j]).ThenBy(j => j)
                .Select(j => string.Create(inv, $"new {j + 1} {scores[i, j]:0.000}"));
            o.WriteLine(string.Create(inv, $"  old {i + 1} {Title(old[i].Title)}: {string.Join(", ", candidates.DefaultIfEmpty("nothing at half the threshold"))}"));
        }

        foreach (var p in result.Pairs)
        {
            o.WriteLine(string.Create(inv, $"  pair  {p.Score:0.000}  old {p.Old.Index + 1} {Title(p.Old.Title)} = new {p.New.Index + 1} {Title(p.New.Title)}  (shared: {string.Join(" ", p.Shared)})"));
        }

        foreach (var n in result.New)
        {
            o.WriteLine($"  new   new {n.Index + 1} {Title(n.Title)}: best {Best(scores, n.Index, byNew: true, old.Count)}");
        }

        foreach (var d in result.Dropped)
        {
            o.WriteLine($"  dropped old {d.Index + 1} {Title(d.Title)}: best {Best(scores, d.Index, byNew: false, @new.Count)}");
        }

        o.WriteLine();
    }

    private static string Best(double[,] scores, int index, bool byNew, int others)
    {
        if (others == 0)
        {
            return "none";
        }

        var best = Enumerable.Range(0, others).OrderByDescending(k => byNew ? scores[k, index] : scores[index, k]).ThenBy(k => k).First();
        var score = byNew ? scores[best, index] : scores[index, best];
        return string.Create(CultureInfo.InvariantCulture, $"{(byNew ? "old" : "new")} {best + 1} at {score:0.000} (below the threshold, or that one was taken by a better pair)");
    }

    private static string Title(string title) => title.Length <= 24 ? title : title[..24] + "…";
}
