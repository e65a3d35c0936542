using System.Diagnostics;
using System.Globalization;
using EcoBrief.Extraction;
using EcoBrief.Tests.Fuzzing;

namespace EcoBrief.Benchmarks;

/// <summary>
/// Long fuzzing runs, N mutated inputs each with a time bound, over one target: reports (ingest,
/// outline, extraction: the seed and the test fixtures), templates (the shipped ones, rendered and
/// parsed), front matter (the shipped templates'), reference documents (a Word file's parts), corrections
/// sidecars (decoded, read and applied to a small report). A crash or a hang writes its input to fuzz-failures/ (make it a
/// regression test in tests/EcoBrief.Tests/TestFiles/fuzz/).
/// </summary>
internal static class FuzzRunner
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>The targets: what each mutates and how it runs one input.</summary>
    public static readonly string[] Targets = ["report", "template", "frontmatter", "docx", "sidecar"];

    public static void Run(long total, int threads) => Run("report", total, threads);

    public static void Run(string target, long total, int threads)
    {
        var (corpus, tokens, run) = Setup(target);
        long done = 0, crashes = 0, slowest = 0;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var mutator = new Mutator(1000 + t, tokens);
            var each = total / threads;
            var execute = run(t);
            for (long i = 0; i < each; i++)
            {
                var input = corpus(mutator, i);
                var one = Stopwatch.StartNew();
                try
                {
                    execute(input);
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref crashes);
                    Save(input, $"{target}-crash-{t}-{i}", e.ToString());
                }

                var ms = (long)one.Elapsed.TotalMilliseconds;
                if (one.Elapsed > Bound)
                {
                    Interlocked.Increment(ref crashes);
                    Save(input, $"{target}-slow-{t}-{i}", $"{ms} ms");
                }

                InterlockedMax(ref slowest, ms);
                if (Interlocked.Increment(ref done) % 100_000 == 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target}: {done:N0} executions, {crashes} failures, slowest {slowest} ms, {watch.Elapsed.TotalSeconds:0} s"));
                }
            }
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target} done: {done:N0} executions in {watch.Elapsed.TotalSeconds:0} s on {threads} threads ({done / Math.Max(1, watch.Elapsed.TotalSeconds):0}/s); {crashes} crashes or hangs; slowest input {slowest} ms (bound {Bound.TotalSeconds} s)"));
    }

    /// <summary>For a target: the next input from a mutator, the mutator's tokens, and (per thread) how one input runs.</summary>
    private static (Func<Mutator, long, byte[]> Next, IReadOnlyList<byte[]>? Tokens, Func<int, Action<byte[]>> Run) Setup(string target)
    {
        switch (target)
        {
            case "report":
            {
                var corpus = new[] { Path.Combine("seeds", "2024-mee-work-report.txt") }
                    .Concat(Directory.GetFiles(Path.Combine("tests", "EcoBrief.Tests", "TestFiles", "extraction"), "*.txt"))
                    .Select(File.ReadAllBytes).ToArray();
                return ((m, i) => m.Mutate(corpus[i % corpus.Length]), null, _ => FuzzTarget.Run);
            }

            case "template":
            {
                var templates = Directory.GetFiles("templates", "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
                // A small report keeps each execution short: the templates' paths are what is fuzzed.
                var briefing = new EcoBrief.Pipeline.BuildPipeline().Extract(EcoBrief.Pipeline.ReportInput.Load(Path.Combine("tests", "EcoBrief.Tests", "TestFiles", "extraction", "ministry-semicolon-challenges.txt"))).Briefing;
                return ((m, i) => m.Mutate(templates[i % templates.Length], 8192), Mutator.TemplateTokens, t =>
                {
                    var folder = Directory.CreateTempSubdirectory($"ecobrief-fuzz-{t}-").FullName;
                    Directory.CreateDirectory(Path.Combine(folder, "partials"));
                    foreach (var partial in Directory.GetFiles(Path.Combine("templates", "partials"), "*.sbn"))
                    {
                        File.Copy(partial, Path.Combine(folder, "partials", Path.GetFileName(partial)));
                    }

                    return input => FuzzTarget.RunTemplate(input, folder, briefing);
                });
            }

            case "frontmatter":
            {
                var fronts = Directory.GetFiles("templates", "*.md.sbn").Order(StringComparer.Ordinal)
                    .Select(f => File.ReadAllText(f).Split("\n---\n")[0].TrimStart('-', '\n'))
                    // Scriban expressions in the front matter become values: leave a plausible one.
                    .Select(f => System.Text.RegularExpressions.Regex.Replace(f, @"\{\{.*?\}\}", "\"2024年全国生态环境保护工作会议\""))
                    .Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
                return ((m, i) => m.Mutate(fronts[i % fronts.Length]), Mutator.TemplateTokens, _ => FuzzTarget.RunFrontMatter);
            }

            case "docx":
            {
                var handout = File.ReadAllBytes(Path.Combine("output", "2024-mee-work-report", "handout.docx"));
                using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(handout));
                using var s = zip.GetEntry("word/styles.xml")!.Open();
                using var copy = new MemoryStream();
                s.CopyTo(copy);
                var parts = FuzzTarget.ReferenceParts(copy.ToArray());
                var whole = FuzzTarget.Zip(parts);
                return ((m, i) =>
                {
                    // One in four: the zip's own bytes; else one XML part, zipped again.
                    if (i % 4 == 0)
                    {
                        return m.Mutate(whole, whole.Length);
                    }

                    var which = 1 + (int)(i / 4 % (parts.Length - 1));
                    return FuzzTarget.Zip(parts.Select((p, k) => k == which ? (p.Name, m.Mutate(p.Bytes, 1 << 20)) : p));
                }, Mutator.XmlTokens, _ => FuzzTarget.RunReferenceDocx);
            }

            case "sidecar":
            {
                var sidecars = FuzzTarget.Sidecars();
                var outline = Outline.OutlineBuilder.Build(Ingest.ReportReader.ReadFile(Path.Combine("tests", "EcoBrief.Tests", "TestFiles", "extraction", "ministry-semicolon-challenges.txt")));
                return ((m, i) => m.Mutate(sidecars[i % sidecars.Length]), Mutator.SidecarTokens, _ => input => FuzzTarget.RunSidecar(input, outline));
            }

            default:
                throw new ArgumentException($"unknown fuzz target '{target}'; known: {string.Join(", ", Targets)}");
        }
    }

    private static void Save(byte[] input, string name, string why)
    {
        Directory.CreateDirectory("fuzz-failures");
        File.WriteAllBytes(Path.Combine("fuzz-failures", name + ".bin"), input);
        File.WriteAllText(Path.Combine("fuzz-failures", name + ".txt"), why);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
