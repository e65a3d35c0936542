using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EcoBrief.Cli.Building;
using Spectre.Console;

namespace EcoBrief.Cli.Commands;

/// <summary>
/// <c>ecobrief build [SOURCES…]</c>: every report into <c>output/&lt;name&gt;/</c>. Each report is
/// rendered in memory and compared with what is on disk: unchanged files are not touched (so a second
/// run rewrites nothing), changed ones are replaced atomically, and a report that fails leaves its
/// previous outputs exactly as they were.
/// </summary>
internal static class BuildCommand
{
    public static readonly BuildOptionSet Set = new();
    private static readonly Option<bool> Force = new("--force") { Description = "Rewrite every output, even when unchanged." };
    private static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors." };
    private static readonly Option<bool> WatchOption = new("--watch", "-w") { Description = "After building, build again whenever a source, a template or the reference document changes; Ctrl+C stops." };

    public static Command Create(CliContext cli)
    {
        var command = new Command("build", "Build the briefings of reports (by default summary.pdf, handout.docx and briefing.json); default: every seeds/*.txt.");
        AddTo(command);
        command.SetAction((parse, cancel) => Task.FromResult(Execute(parse, cli, cancel)));
        return command;
    }

    /// <param name="command">The command to add the options to.</param>
    /// <param name="withSources">False for the root command: a mistyped verb must be a usage error, not a file name.</param>
    public static void AddTo(Command command, bool withSources = true)
    {
        Set.AddTo(command, withSources);
        command.Options.Add(Force);
        command.Options.Add(Quiet);
        command.Options.Add(WatchOption);
    }

    public static int Execute(ParseResult parse, CliContext cli, CancellationToken cancel)
    {
        if (!parse.GetValue(WatchOption))
        {
            return BuildOnce(parse, cli, cancel);
        }

        // Watch first, then build, so that a change made during the first build is not missed.
        using var watcher = ChangeWatcher.ForBuild(parse.GetValue(Set.Output)!, parse.GetResult(Set.Sources)?.GetValueOrDefault<string[]>() ?? [], parse.GetValue(Set.Templates), parse.GetValue(Set.ReferenceDocx), parse.GetValue(Set.Pairs));
        var quiet = parse.GetValue(Quiet);
        var exit = BuildOnce(parse, cli, cancel);
        while (true)
        {
            if (!quiet)
            {
                cli.Out.WriteLine("ecobrief: watching for changes; Ctrl+C stops");
            }

            try
            {
                watcher.WaitForChange(TimeSpan.FromMilliseconds(200), cancel);
            }
            catch (OperationCanceledException)
            {
                if (!quiet)
                {
                    cli.Out.WriteLine("ecobrief: stopped watching");
                }

                return exit;
            }

            exit = BuildOnce(parse, cli, cancel);
        }
    }

    private static int BuildOnce(ParseResult parse, CliContext cli, CancellationToken cancel)
    {
        var verbose = parse.GetValue(Set.Verbose);
        return CommandErrors.Run(cli.Err, verbose, () =>
        {
            var options = Set.Read(parse);
            var sources = Set.ReadSources(parse);
            var pairs = Set.ReadPairs(parse, sources);
            // No output may replace an input: checked before anything is read or written.
            OutputGuards.CheckBuild(sources, options, Set.PairsFile(parse), pairs);
            var quiet = parse.GetValue(Quiet);
            var force = parse.GetValue(Force);
            var watch = Stopwatch.StartNew();

            void Log(string line)
            {
                if (!quiet)
                {
                    lock (cli)
                    {
                        cli.Out.WriteLine(EcoBrief.IO.DisplayPath.Escape(line));
                    }
                }
            }

            // Each report's files are written by the thread that published them, as soon as they are ready.
            ReportOutcome Finish(PublishedReport report)
            {
                var outcome = ReportWriter.Write(report, options.OutputRoot, force);
                if (!cli.Interactive)
                {
                    Log($"{report.Name}: {outcome.State} -> {ReportFolder.In(options.OutputRoot, report.Name)}");
                }

                return outcome;
            }

            List<(string Source, ReportOutcome? Result, string? Error, Exception? Exception)> results;
            if (cli.Interactive && !quiet)
            {
                results = [];
                cli.Console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn()).Start(ctx =>
                {
                    // Task descriptions are Spectre markup: a file name such as [2024]报告.txt is text, escaped.
                    var tasks = sources.ToDictionary(s => s, s => ctx.AddTask(Markup.Escape(Label(s)), maxValue: 6));
                    results = BuildRunner.PublishAll(sources, options, parse.GetValue(Set.Jobs), (source, stage) =>
                    {
                        tasks[source].Description = Markup.Escape($"{Label(source)}: {stage}");
                        tasks[source].Increment(1);
                    }, Finish, cancel);
                    foreach (var t in tasks.Values)
                    {
                        t.Value = t.MaxValue;
                    }
                });
            }
            else
            {
                results = BuildRunner.PublishAll(sources, options, parse.GetValue(Set.Jobs), verbose ? (source, stage) => Log(string.Create(CultureInfo.InvariantCulture, $"[{watch.ElapsedMilliseconds,5} ms] {Label(source)}: {stage}")) : null, Finish, cancel);
            }

            var failed = 0;
            var rows = new List<ReportOutcome>();
            foreach (var (source, report, error, exception) in results)
            {
                if (report is null)
                {
                    failed++;
                    cli.Err.WriteLine(BuildRunner.ErrorLine(source, error!, exception));
                    if (verbose && exception is not null)
                    {
                        cli.Err.WriteLine(exception);
                    }

                    continue;
                }

                rows.Add(report);
                DiagnosticLines.Print(cli.Err, report.Report.Diagnostics, report.Report.Name, verbose ? null : MaxWarningsShown);
            }

            var overviewChanged = false;
            var comparisonOptions = ComparisonPublisher.ForComparisons(options);
            var compared = comparisonOptions.Files.Count == 0 ? [] : pairs;
            if (sources.Length > 1 && failed == 0)
            {
                // The overview of many reports, written like a report's files: only when its bytes change.
                foreach (var path in ReportWriter.WriteOverview(options.OutputRoot, rows, compared, comparisonOptions, force))
                {
                    overviewChanged = true;
                    Log($"overview: built -> {path}");
                }
            }
            else if (sources.Length > 1)
            {
                cli.Err.WriteLine($"ecobrief: warning: {OverviewWriter.HtmlName} and {OverviewWriter.CsvName} were left as they were: {failed} report(s) failed");
            }

            // The comparisons of the pairs file, each written like a report's files: as a set, only what changed.
            foreach (var pair in compared)
            {
                cancel.ThrowIfCancellationRequested();
                try
                {
                    var outcome = ReportWriter.WriteComparison(pair, comparisonOptions, options.OutputRoot, force);
                    DiagnosticLines.Print(cli.Err, outcome.Diagnostics, $"{ComparisonPairs.Folder}/{pair.Name}");
                    if (outcome.Changed > 0)
                    {
                        overviewChanged = true;
                        Log($"{ComparisonPairs.Folder}/{pair.Name}: {outcome.State} -> {outcome.Folder}");
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    cli.Err.WriteLine(BuildRunner.ErrorLine($"{pair.Old} -> {pair.New}", BuildRunner.IsUserError(e) ? e.Message : BuildRunner.InternalError(e), e));
                    if (verbose)
                    {
                        cli.Err.WriteLine(e);
                    }
                }
            }

            if (!quiet && rows.Count > 0)
            {
                Summary(cli, rows, watch.Elapsed);
            }

            if (!quiet && rows.Count > 0 && rows.All(r => r.Changed == 0) && !overviewChanged)
            {
                Log("everything is up to date");
            }

            if (verbose && EcoBrief.Pdf.PdfFormatWriter.SkiaBuild is { } skia)
            {
                Log($"skia: the {skia} build of libSkiaSharp");
            }

            return failed > 0 ? ExitCodes.InputError : ExitCodes.Ok;
        });
    }

    /// <summary>How a source is named in the log and the progress: by its report's folder, on one line.</summary>
    private static string Label(string source) => EcoBrief.IO.DisplayPath.Escape(ReportFolder.NameOf(source) ?? source);

    /// <summary>Warnings shown per report without --verbose: a scraped page can have thousands.</summary>
    internal const int MaxWarningsShown = 20;

    private static void Summary(CliContext cli, List<ReportOutcome> rows, TimeSpan total)
    {
        var table = new Table().AddColumns("document", "items", "figures", "warnings", "pages", "size", "time", "state");
        if (!cli.Interactive)
        {
            table.Border(TableBorder.Ascii);
        }

        foreach (var (d, size, state, _) in rows)
        {
            var pages = d.Pages.Count > 0 ? string.Join("+", d.Pages) : "-";
            table.AddRow(
                Markup.Escape(EcoBrief.IO.DisplayPath.Escape(d.Name)), Num(d.Items), Num(d.Figures), Num(d.Diagnostics.Count), pages,
                $"{size / 1024.0:0} KB", $"{d.Elapsed.TotalMilliseconds:0} ms", Markup.Escape(state));
        }

        table.Caption($"{rows.Count} document(s) in {total.TotalSeconds:0.0} s");
        cli.Console.Write(table);
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
