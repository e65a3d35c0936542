using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Pipeline;

namespace EcoBrief.Benchmarks;

/// <summary>
/// Sanity of extraction at scale, in process: every report of the population (<c>../shared/population</c>,
/// 1,600 real 政府工作报告 with no keys) in both forms — the Markdown file as its repository keeps it, and
/// the plain text a user pastes (no front matter, no <c>**</c>) — checked as
/// <c>shared/tools/population_sanity.py</c> checks them, so the two agree: ≥3 achievements, ≥1 challenge,
/// ≥5 tasks; a title with 报告 or 讲话; a speaker. Prints the table by level and year band, the failures
/// grouped by the check that failed, and where the two forms differ. Reports of the sealed key set are
/// counted but never named, so a failure list cannot become a rule tuned to them.
/// </summary>
internal static partial class PopulationRun
{
    private static readonly string[] Checks = ["achievements", "challenges", "tasks", "title", "speaker"];

    [GeneratedRegex(@"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*\r?\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    public static void Run(string[] args)
    {
        var directory = Option(args, "--dir") ?? Environment.GetEnvironmentVariable("ECOBRIEF_POPULATION") ?? Path.Combine("..", "shared", "population");
        var manifest = Path.Combine(directory, "manifest.tsv");
        if (!File.Exists(manifest))
        {
            Console.Error.WriteLine($"population: no {manifest} (give --dir or ECOBRIEF_POPULATION)");
            Environment.Exit(2);
        }

        var rows = File.ReadAllLines(manifest).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 4)
            .Select(c => new Row(c[0], c[1], c[2], int.Parse(c[3], CultureInfo.InvariantCulture))).ToList();
        if (Option(args, "--sample") is { } sample)
        {
            var seed = int.Parse(Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture);
            rows = [.. rows.OrderBy(_ => 0).Select((r, i) => (r, k: new Random(seed * 7919 + i).Next())).OrderBy(t => t.k).Take(int.Parse(sample, CultureInfo.InvariantCulture)).Select(t => t.r)];
        }

        var sealedPaths = SealedPaths();
        var verbose = args.Contains("--verbose");
        var results = new List<Result>();
        var watch = Stopwatch.StartNew();
        foreach (var row in rows)
        {
            var md = File.ReadAllBytes(Path.Combine(directory, row.Path));
            var text = Encoding.UTF8.GetString(md);
            var plain = Encoding.UTF8.GetBytes(FrontMatter().Replace(text, string.Empty, 1).Replace("**", string.Empty, StringComparison.Ordinal));
            results.Add(new Result(row, sealedPaths.Contains(row.Path), Check(plain, SourceFormat.Text), Check(md, SourceFormat.Markdown)));
        }

        var perReport = watch.Elapsed.TotalMilliseconds / Math.Max(1, 2 * rows.Count);
        if (Option(args, "--notes") is { } notesDirectory)
        {
            // How each failing report (sealed ones left out) was read, as extract --explain prints it: a file per report.
            foreach (var r in results.Where(r => !r.Sealed && !r.Plain.Structure))
            {
                var md = File.ReadAllBytes(Path.Combine(directory, r.Row.Path));
                var notes = new List<string>();
                Pipeline.Extract(new ReportInput(new ReportSource("report.md", md)), notes);
                var file = Path.Combine(notesDirectory, r.Row.Path.Replace('/', '_') + ".txt");
                Directory.CreateDirectory(notesDirectory);
                File.WriteAllLines(file, notes.Prepend(r.Plain.Why));
            }
        }

        if (Option(args, "--dump") is { } dump)
        {
            // One line a report, sealed ones left out: path, counts, title, speaker, role (plain form).
            File.WriteAllLines(dump, results.Where(r => !r.Sealed).Select(r =>
                $"{r.Row.Path}\t{r.Plain.Achievements}\t{r.Plain.Challenges}\t{r.Plain.Tasks}\t{r.Plain.TitleText}\t{r.Plain.SpeakerText}\t{r.Markdown.TitleText}\t{r.Markdown.SpeakerText}"));
        }

        if (Option(args, "--items") is { } itemsFile)
        {
            // Every item and card of each report (sealed ones left out), plain form: path, category, n, title.
            File.WriteAllLines(itemsFile, results.Where(r => !r.Sealed).SelectMany(r => r.Plain.Items.Select((item, n) => $"{r.Row.Path}\t{item.Split('\t')[0]}\t{n}\t{item.Split('\t')[1]}")));
        }

        Console.WriteLine(Table(results));
        Console.WriteLine(Failures(results, verbose));
        var modern = results.Where(r => r.Row.Year >= 2000).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"population 2000-2026: structure {Pct(modern, r => r.Plain.Structure):0.0}% (plain) {Pct(modern, r => r.Markdown.Structure):0.0}% (md), {Pct(modern, r => r.Plain.StructureWhole):0.0}% taking a whole list of 3-4 tasks as it is | title {Pct(modern, r => r.Plain.Title):0.0}% | speaker {Pct(modern, r => r.Plain.Speaker):0.0}% | {modern.Count} reports | {perReport:0.0} ms a report"));
    }

    private static readonly BuildPipeline Pipeline = new();

    private static Sanity Check(byte[] bytes, SourceFormat format)
    {
        Briefing b;
        ExtractedReport extracted;
        try
        {
            // Through the pipeline every verb uses; the name's extension chooses the reader.
            extracted = Pipeline.Extract(new ReportInput(new ReportSource(format == SourceFormat.Markdown ? "report.md" : "report.txt", bytes)));
            b = extracted.Briefing;
        }
        catch (Diagnostics.InputRejectedException e)
        {
            return new Sanity(0, 0, 0, null, null, e.Message);
        }

        var whole = b.Tasks.Count is >= 3 and < 5 && WholeTaskList(extracted.Report);
        var cards = EcoBrief.Comparison.HeadlineFigures.Of(b, 6);
        string[] items =
        [
            .. b.Achievements.Select(i => "achievements\t" + i.Title),
            .. b.Challenges.Select(i => "challenges\t" + i.Title),
            .. b.Tasks.Select(i => "tasks\t" + i.Title),
            .. cards.Select(c => string.Create(CultureInfo.InvariantCulture, $"cards\t{c.Indicator} {c.Text} ({c.Period})")),
            .. b.Targets.Select(t => $"targets\t{t.Label} {t.Text}"),
            .. EcoBrief.Comparison.TargetTable.Of(b).Where(r => r.Result is not null).Select(r => $"rows\t{r.Target.Label} {r.Target.Text} ← {r.Result!.Label} {r.Result.Text}"),
        ];
        return new Sanity(b.Achievements.Count, b.Challenges.Count, b.Tasks.Count, b.Meta.Title, b.Meta.Speaker, null) { Unsure = [.. b.Confidence.UnsureSections()], TasksWhole = whole, Items = items };
    }

    /// <summary>
    /// True when the tasks are the whole of a short list the report really has: the list chosen in the
    /// tasks part is a numbered run ((一)…(四), 一、…四、) that covers at least 60% of the part, or the
    /// tasks are the chapters of this year's work. Such a report passes the tasks check with 3 or 4.
    /// </summary>
    private static bool WholeTaskList(IngestedReport report)
    {
        var trace = new EcoBrief.Extraction.Scoring.DecisionTrace();
        EcoBrief.Extraction.BriefingExtractor.Extract(EcoBrief.Outline.OutlineBuilder.Build(report), null, null, trace);
        if (trace.Choices.Any(c => c.Bucket == "tasks-part:chapters"))
        {
            return true;
        }

        var decision = trace.Decisions.LastOrDefault(d => d.Context.StartsWith(nameof(EcoBrief.Extraction.ListRole.Tasks), StringComparison.Ordinal));
        if (decision is null)
        {
            return false;
        }

        var chosen = decision.Candidates[decision.Chosen].Features;
        string[] numbered = ["kind:ParenChinese", "kind:ChineseComma", "kind:ArabicDot", "kind:ParenArabic", "kind:Circled", "kind:Ordinal"];
        return chosen["coverage"] >= 0.6 && numbered.Any(k => chosen[k] > 0);
    }

    private static string Table(List<Result> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"group",-10} {"n",5} {"structure",10} {"md",7} {"title",7} {"title md",8} {"speaker",8} {"ach",6} {"cha",6} {"tasks",6}");
        var groups = results.GroupBy(r => r.Row.Level).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Concat(results.GroupBy(r => Band(r.Row.Year)).OrderBy(g => g.Key, StringComparer.Ordinal));
        foreach (var g in groups)
        {
            var list = g.ToList();
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{g.Key,-10} {list.Count,5} {Pct(list, r => r.Plain.Structure),9:0.0}% {Pct(list, r => r.Markdown.Structure),6:0.0}% {Pct(list, r => r.Plain.Title),6:0.0}% {Pct(list, r => r.Markdown.Title),7:0.0}% {Pct(list, r => r.Plain.Speaker),7:0.0}% {Pct(list, r => r.Plain.Achievements >= 3),5:0}% {Pct(list, r => r.Plain.Challenges >= 1),5:0}% {Pct(list, r => r.Plain.Tasks >= 5),5:0}%");
        }

        return sb.ToString();
    }

    private static string Failures(List<Result> results, bool verbose)
    {
        var sb = new StringBuilder();
        var modern = results.Where(r => r.Row.Year >= 2000).ToList();
        foreach (var check in Checks)
        {
            var failing = modern.Where(r => !r.Plain.Passes(check)).ToList();
            var open = failing.Where(r => !r.Sealed).ToList();
            sb.AppendLine(CultureInfo.InvariantCulture, $"failing {check}: {failing.Count} ({failing.Count - open.Count} of them sealed, not listed)");
            foreach (var r in open.Take(verbose ? int.MaxValue : 8))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"   {r.Row.Path}: {r.Plain.Why}");
            }
        }

        // The forms differ in structure only by a defect; a speaker or title found only in the front matter is the Markdown's gain.
        // A failure the briefing flags itself is shown to the reader as unsure; one it does not flag is wrong and sure.
        var broken = modern.Where(r => !r.Plain.Structure).ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"structure failures the briefing flags as unsure: {broken.Count(r => r.Plain.Unsure.Count > 0)} of {broken.Count}; passing reports flagged unsure: {modern.Count(r => r.Plain.Structure && r.Plain.Unsure.Count > 0)}");
        var differ = modern.Where(r => r.Plain.Structure != r.Markdown.Structure || (r.Plain.Achievements, r.Plain.Challenges, r.Plain.Tasks) != (r.Markdown.Achievements, r.Markdown.Challenges, r.Markdown.Tasks)).ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"md and plain differ in structure: {differ.Count}; in title {modern.Count(r => r.Plain.Title != r.Markdown.Title)}, in speaker {modern.Count(r => r.Plain.Speaker != r.Markdown.Speaker)}");
        foreach (var r in differ.Where(r => !r.Sealed).Take(verbose ? int.MaxValue : 8))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"   {r.Row.Path}: plain {r.Plain.Why} | md {r.Markdown.Why}");
        }

        return sb.ToString();
    }

    /// <summary>The population paths of the sealed answer keys (tests/…/population/drawn.tsv), never named in a listing.</summary>
    private static HashSet<string> SealedPaths()
    {
        var drawn = Path.Combine("tests", "EcoBrief.Tests", "TestFiles", "population", "drawn.tsv");
        return File.Exists(drawn)
            ? File.ReadAllLines(drawn).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 6 && c[1] == "sealed").Select(c => c[5]).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    private static string Band(int year) => year < 2000 ? "1954-99" : year < 2010 ? "2000-09" : year < 2016 ? "2010-15" : year < 2021 ? "2016-20" : "2021-26";

    private static double Pct(List<Result> list, Func<Result, bool> pass) => 100.0 * list.Count(pass) / Math.Max(1, list.Count);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed record Row(string Path, string Level, string Place, int Year);

    private sealed record Result(Row Row, bool Sealed, Sanity Plain, Sanity Markdown);

    private sealed record Sanity(int Achievements, int Challenges, int Tasks, string? TitleText, string? SpeakerText, string? Error)
    {
        /// <summary>The sections the briefing itself flags as empty or unsure.</summary>
        public IReadOnlyList<string> Unsure { get; init; } = [];

        /// <summary>Every item's title by category, then the cards the summary shows: <c>category TAB text</c>.</summary>
        public IReadOnlyList<string> Items { get; init; } = [];

        /// <summary>Fewer than five tasks, but the whole of a short numbered list or the chapters (<see cref="WholeTaskList"/>).</summary>
        public bool TasksWhole { get; init; }

        /// <summary>The structure check with a short list taken as it is when it is whole.</summary>
        public bool StructureWhole => Achievements >= 3 && Challenges >= 1 && (Tasks >= 5 || TasksWhole);

        public bool Structure => Achievements >= 3 && Challenges >= 1 && Tasks >= 5;

        public bool Title => TitleText is { } t && (t.Contains("报告", StringComparison.Ordinal) || t.Contains("讲话", StringComparison.Ordinal));

        public bool Speaker => !string.IsNullOrEmpty(SpeakerText);

        public bool Passes(string check) => check switch
        {
            "achievements" => Achievements >= 3,
            "challenges" => Challenges >= 1,
            "tasks" => Tasks >= 5,
            "title" => Title,
            _ => Speaker,
        };

        public string Why => Error ?? $"{Achievements} ach, {Challenges} cha, {Tasks} tasks, title {TitleText ?? "—"}, speaker {SpeakerText ?? "—"}";
    }
}
