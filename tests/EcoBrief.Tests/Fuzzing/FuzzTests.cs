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

    [Fact]
    public void Regression_inputs_found_by_fuzzing_stay_fixed()
    {
        foreach (var file in Directory.GetFiles(TestPaths.TestFile("fuzz"), "*.bin"))
        {
            FuzzTarget.Run(File.ReadAllBytes(file));
        }
    }
}
