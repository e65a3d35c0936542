using System.Diagnostics;
using System.Globalization;

namespace EcoBrief.Benchmarks;

/// <summary>A small stopwatch harness: warm up, then report the median and best of N runs and what a run allocates.</summary>
internal static class Harness
{
    public static void Measure(string name, int runs, Action action, double? targetMs = null)
    {
        for (var i = 0; i < Math.Min(5, runs); i++)
        {
            action();
        }

        var times = new double[runs];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }

        // What a run allocates (on this thread): garbage the collector pays for in the median.
        var perRun = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / runs;

        Array.Sort(times);
        var median = times[runs / 2];
        var verdict = targetMs is { } t ? (median <= t ? $"ok (target ≤ {t} ms)" : $"MISSES target ≤ {t} ms") : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44} median {median,9:F2} ms   best {times[0],9:F2} ms   runs {runs,4}   {perRun,8:F0} KB a run   {verdict}"));
    }

    public static void Once(string name, Action action, double? targetMs = null)
    {
        var before = GC.GetTotalAllocatedBytes(precise: false);
        var sw = Stopwatch.StartNew();
        action();
        var ms = sw.Elapsed.TotalMilliseconds;
        var allocated = (GC.GetTotalAllocatedBytes(precise: false) - before) / 1048576.0;
        using var self = Process.GetCurrentProcess();
        var peak = self.PeakWorkingSet64 / 1048576.0;
        var verdict = targetMs is { } t ? (ms <= t ? $"ok (target ≤ {t} ms)" : $"MISSES target ≤ {t} ms") : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44} {ms,9:F0} ms   allocated {allocated,7:F0} MB   process peak {peak,6:F0} MB   {verdict}"));
    }
}
