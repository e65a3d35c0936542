using System.Text;
using EcoBrief.Benchmarks;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Outline;
using EcoBrief.Model;
using EcoBrief.Serialization;

// dotnet run -c Release --project tests/EcoBrief.Benchmarks [-- extraction|templating|writers|readers|scale|scale=N|corpus [--verbose] [GOLD_DIR TEXT_DIR]|outline [--verbose] [DIR]|population [--sample N] [--seed S] [--dir DIR] [--verbose] [--dump FILE] [--items FILE]]
if (args.Length > 0 && args[0] == "population")
{
    PopulationRun.Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "outline")
{
    // The outline keys of one split (default: the tuning keys); the sealed split only when a piece of work is finished.
    var dir = args.Skip(1).FirstOrDefault(a => a != "--verbose") ?? Path.Combine("tests", "EcoBrief.Tests", "TestFiles", "population", "outline", "tune");
    Console.Write(EcoBrief.Tests.Corpus.OutlineRun.Table(EcoBrief.Tests.Corpus.OutlineRun.Score(dir), args.Contains("--verbose")));
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

// Every measurement of more than one stage goes through the one pipeline the program uses.
var pipeline = new EcoBrief.Pipeline.BuildPipeline(EcoBrief.Cli.OutputFormats.Registry());
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
    var seedInput = new EcoBrief.Pipeline.ReportInput(new ReportSource("seed.txt", bytes));
    Harness.Measure("ingest + outline + extraction (the pipeline)", 200, () => pipeline.Extract(seedInput), targetMs: 5);
    var briefing = BriefingExtractor.Extract(outline);
    Harness.Measure("JSON", 200, () => BriefingJson.Serialize(briefing));
}

if (what is "all" or "templating")
{
    var briefing = pipeline.Extract(new EcoBrief.Pipeline.ReportInput(new ReportSource("seed.txt", bytes))).Briefing;
    Harness.Measure("summary: template + Markdown parse", 200, () => pipeline.Document(briefing, "summary", "seed.txt"), targetMs: 10);
    Harness.Measure("handout: template + Markdown parse", 200, () => pipeline.Document(briefing, "handout", "seed.txt"), targetMs: 10);
    var handout = pipeline.Document(briefing, "handout", "seed.txt");
    Harness.Measure("handout: HTML page", 200, () => EcoBrief.Writers.Html.HtmlWriter.Write(handout));
}

if (what is "all" or "writers")
{
    var briefing = pipeline.Extract(new EcoBrief.Pipeline.ReportInput(new ReportSource("seed.txt", bytes))).Briefing;
    var summary = pipeline.Document(briefing, "summary", "seed.txt");
    var handout = pipeline.Document(briefing, "handout", "seed.txt");
    Harness.Measure("summary PDF (layout, fitting, subsetting, Skia)", 30, () => EcoBrief.Pdf.PdfWriter.Write(summary), targetMs: 50);
    Harness.Measure("handout PDF", 20, () => EcoBrief.Pdf.PdfWriter.Write(handout), targetMs: 150);
    Harness.Measure("  of which layout (shaping, line breaking, pages)", 20, () => EcoBrief.Pdf.PdfLayout.Lay(handout));
    Harness.Measure("handout DOCX", 50, () => EcoBrief.Docx.DocxWriter.Write(handout), targetMs: 30);
    var unembedded = handout with { Settings = handout.Settings with { EmbedFonts = false } };
    Harness.Measure("  without its fonts (embed_fonts: false)", 50, () => EcoBrief.Docx.DocxWriter.Write(unembedded));
    // The build's own rendering path: the registered writers, the discovered templates, --formats.
    var publisher = pipeline;
    var defaults = EcoBrief.Publishing.OutputSet.Parse(EcoBrief.Cli.OutputFormats.Default, publisher.ReportTemplates, publisher.Writers, EcoBrief.Build.ReportPublisher.DataFile, out _);
    var withHandoutPdf = EcoBrief.Publishing.OutputSet.Parse(EcoBrief.Cli.OutputFormats.Default + ",handout.pdf", publisher.ReportTemplates, publisher.Writers, EcoBrief.Build.ReportPublisher.DataFile, out _);
    var seedInput = new EcoBrief.Pipeline.ReportInput(new ReportSource("seed.txt", bytes));
    Harness.Measure("end to end, default outputs: bytes -> summary.pdf + handout.docx + json", 50, () =>
        publisher.Publish(seedInput, defaults), targetMs: 50);
    Harness.Measure("end to end, and handout.pdf too", 20, () =>
        publisher.Publish(seedInput, withHandoutPdf));
}

if (what is "all" or "readers")
{
    // The readers of containers, warm: a 30-page PDF (a corpus report printed by the layout engine as
    // an office prints one, GB/T 9704), LibreOffice's PDF and Word file of it, and a saved page.
    var name = args.Length > 1 ? args[1] : "2026-gansu-gov-work-report";
    var containers = Path.Combine("tests", "EcoBrief.Tests", "TestFiles", "containers");
    var text = File.ReadAllText(Path.Combine("tests", "EcoBrief.Tests", "TestFiles", "corpus", "texts", name + ".txt"));
    var printed = ContainerPrint.Pdf(text);
    var pages = printed.Pages;
    var readers = SourceReaders.Default;
    var own = new ReportSource(name + ".pdf", printed.Bytes);
    Harness.Measure($"PDF reader: {pages}-page report (layout engine)", 10, () => readers.Read(own), targetMs: 1000);
    var lo = new ReportSource(name + ".pdf", File.ReadAllBytes(Path.Combine(containers, "pdf", name + ".pdf")));
    Harness.Measure("PDF reader: the same printed by LibreOffice", 10, () => readers.Read(lo), targetMs: 1000);
    var docx = new ReportSource(name + ".docx", File.ReadAllBytes(Path.Combine(containers, "docx", name + ".docx")));
    Harness.Measure("Word reader: the same as .docx", 50, () => readers.Read(docx));
    var mhtml = new ReportSource("saved.mhtml", File.ReadAllBytes(Path.Combine(containers, "mhtml", "2017-state-council-gov-work-report.news.mhtml")));
    Harness.Measure("web page reader: a saved .mhtml (2017)", 50, () => readers.Read(mhtml));
    var ownInput = new EcoBrief.Pipeline.ReportInput(own);
    Harness.Measure($"PDF: {pages} pages -> briefing (the pipeline)", 10, () => pipeline.Extract(ownInput), targetMs: 1000);

    // Hostile but within the caps: 900,000 runs of one tiny character each over 10 pages (90,000 a page, under the
    // 100,000 a page may show), as lines that run on, and as lines that each end a sentence on a full line (where
    // the paragraphs' joining weighs every line end).
    var runs = new ReportSource("runs.pdf", EcoBrief.Tests.Support.TinyPdf.Runs(10, 1500, 60));
    Harness.Measure("PDF reader: 900,000 tiny runs of text over 10 pages", 5, () => readers.Read(runs), targetMs: 2000);
    var questions = new ReportSource("runs.pdf", EcoBrief.Tests.Support.TinyPdf.Runs(10, 1500, 60, '?'));
    Harness.Measure("PDF reader: the same, every line ending a sentence", 5, () => readers.Read(questions), targetMs: 2000);
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
        Harness.Once($"synthetic {mb,2} MB report, extraction", () => result = pipeline.Extract(new EcoBrief.Pipeline.ReportInput(new ReportSource("synthetic.txt", big))).Briefing, targetMs: mb == 10 ? 2000 : null);
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
