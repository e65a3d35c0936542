using System.Diagnostics;
using System.Globalization;
using EcoBrief.Tests.Fuzzing;

namespace EcoBrief.Benchmarks;

/// <summary>
/// Long fuzzing runs over ingest, outline and extraction: N mutated inputs from the seed and the test
/// fixtures, each with a time bound. A crash or a hang writes its input to fuzz-failures/ (make it a
/// regression test in tests/EcoBrief.Tests/TestFiles/fuzz/).
/// </summary>
internal static class FuzzRunner
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    public static void Run(long total, int threads)
    {
        var corpus = new[] { Path.Combine("seeds", "2024-mee-work-report.txt") }
            .Concat(Directory.GetFiles(Path.Combine("tests", "EcoBrief.Tests", "TestFiles", "extraction"), "*.txt"))
            .Select(File.ReadAllBytes).ToArray();
        long done = 0, crashes = 0, slowest = 0;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var mutator = new Mutator(1000 + t);
            var each = total / threads;
            for (long i = 0; i < each; i++)
            {
                var input = mutator.Mutate(corpus[i % corpus.Length]);
                var one = Stopwatch.StartNew();
                try
                {
                    FuzzTarget.Run(input);
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref crashes);
                    Save(input, $"crash-{t}-{i}", e.ToString());
                }

                var ms = (long)one.Elapsed.TotalMilliseconds;
                if (one.Elapsed > Bound)
                {
                    Interlocked.Increment(ref crashes);
                    Save(input, $"slow-{t}-{i}", $"{ms} ms");
                }

                InterlockedMax(ref slowest, ms);
                if (Interlocked.Increment(ref done) % 100_000 == 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done:N0} executions, {crashes} failures, slowest {slowest} ms, {watch.Elapsed.TotalSeconds:0} s"));
                }
            }
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done: {done:N0} executions in {watch.Elapsed.TotalSeconds:0} s on {threads} threads; {crashes} crashes or hangs; slowest input {slowest} ms (bound {Bound.TotalSeconds} s)"));
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
