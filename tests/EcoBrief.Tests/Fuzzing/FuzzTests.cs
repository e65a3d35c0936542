using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Fuzzing;

/// <summary>
/// A small seeded fuzzing run, part of every test run (the long runs are in the benchmarks project:
/// <c>dotnet run -c Release --project tests/EcoBrief.Benchmarks -- fuzz N</c>). Every input must be
/// refused with a one-line reason or give a briefing, within a time bound.
/// </summary>
public sealed class FuzzTests
{
    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 4).Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Mutated_reports_never_crash_or_hang(int seed)
    {
        var corpus = new[] { TestPaths.Seed }.Concat(Directory.GetFiles(TestPaths.TestFile("extraction"), "*.txt")).Select(File.ReadAllBytes).ToArray();
        var mutator = new Mutator(seed);
        for (var i = 0; i < 750; i++)
        {
            var input = mutator.Mutate(corpus[i % corpus.Length]);
            var run = Task.Run(() => FuzzTarget.Run(input));
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.True(ReferenceEquals(finished, run), $"seed {seed}, iteration {i}: no result within 10 s");
            await run;
        }
    }

    private static async Task Bounded(Action run, string what)
    {
        var task = Task.Run(run);
        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(ReferenceEquals(finished, task), $"{what}: no result within 10 s");
        await task;
    }

    [Fact]
    public async Task Mutated_templates_never_crash_or_hang()
    {
        var folder = Directory.CreateTempSubdirectory("ecobrief-fuzz-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "partials"));
            foreach (var partial in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "templates", "partials"), "*.sbn"))
            {
                File.Copy(partial, Path.Combine(folder, "partials", Path.GetFileName(partial)));
            }

            var templates = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "templates"), "*.md.sbn").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
            var briefing = Pipelines.Extract(TestPaths.TestFile("extraction", "ministry-semicolon-challenges.txt"));

            // Inputs the long runs found, kept as regression tests.
            foreach (var found in Directory.GetFiles(TestPaths.TestFile("fuzz", "templates"), "*.sbn").Order(StringComparer.Ordinal))
            {
                FuzzTarget.RunTemplate(File.ReadAllBytes(found), folder, briefing);
            }

            var mutator = new Mutator(7, Mutator.TemplateTokens);
            for (var i = 0; i < 300; i++)
            {
                var input = mutator.Mutate(templates[i % templates.Length], 8192);
                await Bounded(() => FuzzTarget.RunTemplate(input, folder, briefing), $"template iteration {i}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Mutated_front_matter_never_crashes_or_hangs()
    {
        var fronts = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "templates"), "*.md.sbn").Order(StringComparer.Ordinal)
            .Select(f => System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(f).Split("\n---\n")[0].TrimStart('-', '\n'))).ToArray();
        var mutator = new Mutator(8, Mutator.TemplateTokens);
        for (var i = 0; i < 1000; i++)
        {
            var input = mutator.Mutate(fronts[i % fronts.Length]);
            await Bounded(() => FuzzTarget.RunFrontMatter(input), $"front matter iteration {i}");
        }
    }

    [Fact]
    public async Task Mutated_reference_documents_never_crash_or_hang()
    {
        var styles = System.Text.Encoding.UTF8.GetBytes(EcoBrief.Docx.DocxStyles.Build(new EcoBrief.Document.DocumentSettings(), EcoBrief.Docx.DocxNumbering.HeadingsNum).OuterXml);
        var parts = FuzzTarget.ReferenceParts(styles);
        FuzzTarget.RunReferenceDocx(FuzzTarget.Zip(parts));
        var mutator = new Mutator(9, Mutator.XmlTokens);
        for (var i = 0; i < 200; i++)
        {
            var which = 1 + (i % (parts.Length - 1));
            var input = FuzzTarget.Zip(parts.Select((p, k) => k == which ? (p.Name, mutator.Mutate(p.Bytes, 1 << 20)) : p));
            await Bounded(() => FuzzTarget.RunReferenceDocx(input), $"reference document iteration {i}");
        }
    }

    [Fact]
    public async Task Mutated_sidecars_never_crash_or_hang()
    {
        var outline = EcoBrief.Outline.OutlineBuilder.Build(EcoBrief.Ingest.ReportReader.ReadFile(TestPaths.TestFile("extraction", "ministry-semicolon-challenges.txt")));
        var sidecars = FuzzTarget.Sidecars();
        foreach (var sidecar in sidecars)
        {
            FuzzTarget.RunSidecar(sidecar, outline);
        }

        // Inputs the long runs found, kept as regression tests.
        foreach (var found in Directory.GetFiles(TestPaths.TestFile("fuzz", "sidecars"), "*.yml").Order(StringComparer.Ordinal))
        {
            FuzzTarget.RunSidecar(File.ReadAllBytes(found), outline);
        }

        var mutator = new Mutator(10, Mutator.SidecarTokens);
        for (var i = 0; i < 1000; i++)
        {
            var input = mutator.Mutate(sidecars[i % sidecars.Length]);
            await Bounded(() => FuzzTarget.RunSidecar(input, outline), $"sidecar iteration {i}");
        }
    }

    [Fact]
    public void Regression_inputs_found_by_fuzzing_stay_fixed()
    {
        foreach (var file in Directory.GetFiles(TestPaths.TestFile("fuzz"), "*.bin"))
        {
            FuzzTarget.Run(File.ReadAllBytes(file));
        }
    }
}
