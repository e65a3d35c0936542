using System.Text;
using EcoBrief.Benchmarks;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Outline;
using EcoBrief.Model;
using EcoBrief.Serialization;

// dotnet run -c Release --project tests/EcoBrief.Benchmarks [-- extraction|templating|writers|scale|scale=N|corpus [--verbose] [GOLD_DIR TEXT_DIR]|population [--sample N] [--seed S] [--dir DIR] [--verbose]]
if (args.Length > 0 && args[0] == "population")
{
    PopulationRun.Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "corpus")
{
    var rest = args.Skip(1).Where(a => a != "--verbose").ToArray();
    var corpus = Path.Combine("tests", "EcoBrief.Tests", "TestFiles", "corpus");
    var dirs = rest.Length >= 2 ? [(rest[0], rest[1])] : new[] { (Path.Combine(corpus, "gold"), Path.Combine(corpus, "texts")), (Path.Combine(corpus, "gold-own"), Path.Combine(corpus, "texts")) };
    foreach (var (gold, texts) in dirs)
    {
        Console.WriteLine($"== {gold}");
        Console.Write(EcoBrief.Tests.Corpus.CorpusRun.Score(gold, texts).Table(args.Contains("--verbose")));
    }

    return;
}

var seedPath = args.Length > 1 && args[0] != "synthetic" && File.Exists(args[1]) ? args[1] : Path.Combine("seeds", "2024-mee-work-report.txt");
var what = args.Length > 0 ? args[0] : "all";
var bytes = File.ReadAllBytes(seedPath);

if (what is "all" or "extraction")
{
    Console.WriteLine($"seed: {seedPath} ({bytes.Length:N0} bytes)");
    Harness.Measure("ingest (decode, normalise, chrome)", 200, () => ReportReader.Read(bytes));
    var report = ReportReader.Read(bytes);
    Harness.Measure("outline", 200, () => OutlineBuilder.Build(report));
    var outline = OutlineBuilder.Build(report);
    Harness.Measure("extraction (from outline)", 200, () => BriefingExtractor.Extract(outline));
    Harness.Measure("ingest + outline + extraction", 200, () => BriefingExtractor.Extract(ReportReader.Read(bytes)), targetMs: 5);
    var briefing = BriefingExtractor.Extract(report);
    Harness.Measure("JSON", 200, () => BriefingJson.Serialize(briefing));
}

if (what is "all" or "templating")
{
    var briefing = BriefingExtractor.Extract(ReportReader.Read(bytes));
    Harness.Measure("summary: template + Markdown parse", 200, () => EcoBrief.Document.DocumentBuilder.BuiltIn.Build(briefing, "summary", "seed.txt"), targetMs: 10);
    Harness.Measure("handout: template + Markdown parse", 200, () => EcoBrief.Document.DocumentBuilder.BuiltIn.Build(briefing, "handout", "seed.txt"), targetMs: 10);
    var handout = EcoBrief.Document.DocumentBuilder.BuiltIn.Build(briefing, "handout", "seed.txt");
    Harness.Measure("handout: HTML page", 200, () => EcoBrief.Writers.HtmlWriter.Write(handout));
}

if (what is "all" or "writers")
{
    var briefing = BriefingExtractor.Extract(ReportReader.Read(bytes));
    var summary = EcoBrief.Document.DocumentBuilder.BuiltIn.Build(briefing, "summary", "seed.txt");
    var handout = EcoBrief.Document.DocumentBuilder.BuiltIn.Build(briefing, "handout", "seed.txt");
    Harness.Measure("summary PDF (layout, fitting, subsetting, Skia)", 30, () => EcoBrief.Pdf.PdfWriter.Write(summary), targetMs: 50);
    Harness.Measure("handout PDF", 20, () => EcoBrief.Pdf.PdfWriter.Write(handout), targetMs: 150);
    Harness.Measure("  of which layout (shaping, line breaking, pages)", 20, () => EcoBrief.Pdf.PdfLayout.Lay(handout));
    Harness.Measure("handout DOCX", 50, () => EcoBrief.Docx.DocxWriter.Write(handout), targetMs: 30);
    // The build's own rendering path: the registered writers, the discovered templates, --formats.
    var publisher = new EcoBrief.Publishing.Publisher(EcoBrief.Cli.OutputFormats.Registry(), EcoBrief.Templating.TemplateEvaluator.BuiltIn);
    var defaults = EcoBrief.Publishing.OutputSet.Parse(EcoBrief.Cli.OutputFormats.Default, publisher.ReportTemplates, publisher.Writers, EcoBrief.Cli.OutputFormats.BriefingData, out _);
    var withHandoutPdf = EcoBrief.Publishing.OutputSet.Parse(EcoBrief.Cli.OutputFormats.Default + ",handout.pdf", publisher.ReportTemplates, publisher.Writers, EcoBrief.Cli.OutputFormats.BriefingData, out _);
    Harness.Measure("end to end, default outputs: bytes -> summary.pdf + handout.docx + json", 50, () =>
        publisher.Publish(BriefingExtractor.Extract(ReportReader.Read(bytes)), "seed.txt", defaults), targetMs: 50);
    Harness.Measure("end to end, and handout.pdf too", 20, () =>
        publisher.Publish(BriefingExtractor.Extract(ReportReader.Read(bytes)), "seed.txt", withHandoutPdf));
}

if (what == "synthetic")
{
    // dotnet run -c Release --project tests/EcoBrief.Benchmarks -- synthetic MB PATH: a report of that size for the CLI.
    var mb = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    File.WriteAllText(args[2], SyntheticReport.Make(Encoding.UTF8.GetString(File.ReadAllBytes(seedPath)), mb * 1024 * 1024));
    return;
}

if (what == "fuzz")
{
    // dotnet run -c Release --project tests/EcoBrief.Benchmarks -- fuzz [report|template|frontmatter|docx] [EXECUTIONS] [THREADS]
    var rest = args.Skip(1).ToList();
    var target = rest.Count > 0 && FuzzRunner.Targets.Contains(rest[0]) ? rest[0] : "report";
    if (rest.Count > 0 && rest[0] == target)
    {
        rest.RemoveAt(0);
    }

    var total = rest.Count > 0 ? long.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var threads = rest.Count > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
    FuzzRunner.Run(target, total, threads);
    return;
}

if (what is "all" or "scale" || what.StartsWith("scale=", StringComparison.Ordinal))
{
    // "scale=10" runs one size alone, so that /usr/bin/time -v reports that size's peak memory.
    int[] sizes = what.StartsWith("scale=", StringComparison.Ordinal) ? [int.Parse(what[6..], System.Globalization.CultureInfo.InvariantCulture)] : [1, 2, 4, 8, 10];
    var seed = Encoding.UTF8.GetString(bytes);
    foreach (var mb in sizes)
    {
        var big = Encoding.UTF8.GetBytes(SyntheticReport.Make(seed, mb * 1024 * 1024));
        GC.Collect();
        Briefing? result = null;
        Harness.Once($"synthetic {mb,2} MB report, extraction", () => result = BriefingExtractor.Extract(ReportReader.Read(big)), targetMs: mb == 10 ? 2000 : null);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = ReportReader.Read(big);
        var tIngest = sw.Elapsed.TotalMilliseconds;
        var o = OutlineBuilder.Build(r);
        var tOutline = sw.Elapsed.TotalMilliseconds - tIngest;
        var swf = System.Diagnostics.Stopwatch.StartNew();
        KeyFigureExtractor.Extract(o.Root, []);
        Console.WriteLine($"    figures alone: {swf.Elapsed.TotalMilliseconds:F0} ms");
        BriefingExtractor.Extract(o);
        var tExtract = sw.Elapsed.TotalMilliseconds - tIngest - tOutline;
        Console.WriteLine($"    second run: ingest {tIngest:F0} ms, outline {tOutline:F0} ms, extraction {tExtract:F0} ms");
        Console.WriteLine($"    {result!.Tasks.Count + result.Achievements.Count} items, {result.Figures.Count} figures, {result.Diagnostics.Count} warnings");
    }
}
