using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EcoBrief.Build;
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
        using var watcher = ChangeWatcher.ForBuild(parse.GetValue(Set.Output)!, parse.GetResult(Set.Sources)?.GetValueOrDefault<string[]>() ?? [], parse.GetValue(Set.Templates), parse.GetValue(Set.ReferenceDocx), parse.GetValue(Set.Pairs), OutputFormats.Registry());
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
            BuildGuard.CheckBuild(sources, options, parse.GetValue(Set.ReferenceDocx), Set.PairsFile(parse), pairs);
            var quiet = parse.GetValue(Quiet);
            var builder = new Builder(options);
            var jobs = parse.GetValue(Set.Jobs);
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
            void Written(ReportOutcome outcome)
            {
                if (!cli.Interactive)
                {
                    Log($"{outcome.Report.Name}: {outcome.State} -> {ReportFolder.In(options.OutputRoot, outcome.Report.Name)}");
                }
            }

            BuildResult? result = null;
            if (cli.Interactive && !quiet)
            {
                cli.Console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn()).Start(ctx =>
                {
                    // Task descriptions are Spectre markup: a file name such as [2024]报告.txt is text, escaped.
                    var tasks = sources.ToDictionary(s => s, s => ctx.AddTask(Markup.Escape(Label(s)), maxValue: 6));
                    result = builder.Build(sources, pairs, jobs, force, (source, stage) =>
                    {
                        tasks[source].Description = Markup.Escape($"{Label(source)}: {stage}");
                        tasks[source].Increment(1);
                    }, Written, cancel);
                    foreach (var t in tasks.Values)
                    {
                        t.Value = t.MaxValue;
                    }
                });
            }
            else
            {
                result = builder.Build(sources, pairs, jobs, force, verbose ? (source, stage) => Log(string.Create(CultureInfo.InvariantCulture, $"[{watch.ElapsedMilliseconds,5} ms] {Label(source)}: {stage}")) : null, Written, cancel);
            }

            var rows = new List<ReportOutcome>();
            foreach (var report in result!.Reports)
            {
                if (report.Result is not { } outcome)
                {
                    CommandErrors.Print(cli.Err, report, verbose);
                    continue;
                }

                rows.Add(outcome);
                DiagnosticLines.Print(cli.Err, outcome.Report.Diagnostics, outcome.Report.Name, verbose ? null : MaxWarningsShown);
            }

            foreach (var path in result.OverviewWritten)
            {
                Log($"overview: built -> {path}");
            }

            if (result.OverviewLeftAsItWas)
            {
                cli.Err.WriteLine($"ecobrief: warning: {string.Join(" and ", options.Writers.Overview.Select(o => o.FileName))} were left as they were: {result.Reports.Count(r => r.Failed)} report(s) failed");
            }

            foreach (var comparison in result.Comparisons)
            {
                if (comparison.Result is not { } outcome)
                {
                    CommandErrors.Print(cli.Err, comparison, verbose);
                    continue;
                }

                DiagnosticLines.Print(cli.Err, outcome.Diagnostics, $"{ComparisonPairs.Folder}/{outcome.Pair.Name}");
                if (outcome.Changed > 0)
                {
                    Log($"{ComparisonPairs.Folder}/{outcome.Pair.Name}: {outcome.State} -> {outcome.Folder}");
                }
            }

            if (!quiet && rows.Count > 0)
            {
                Summary(cli, rows, watch.Elapsed);
            }

            if (!quiet && rows.Count > 0 && !result.Changed)
            {
                Log("everything is up to date");
            }

            if (verbose && EcoBrief.Pdf.PdfFormatWriter.SkiaBuild is { } skia)
            {
                Log($"skia: the {skia} build of libSkiaSharp");
            }

            return result.Failed > 0 ? ExitCodes.InputError : ExitCodes.Ok;
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
