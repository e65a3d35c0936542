using System.Collections.Concurrent;
using EcoBrief.Diagnostics;
using EcoBrief.Templating;

namespace EcoBrief.Build;

/// <summary>Publishes many reports in parallel; each result or failure is kept in the order of the sources.</summary>
public static class BuildRunner
{
    /// <summary>
    /// Publishes every source on up to <paramref name="jobs"/> threads and hands each result to
    /// <paramref name="finish"/> on the thread that published it (to write or compare its files), so the
    /// bytes of only a few reports are in memory at once. What <paramref name="finish"/> returns is
    /// kept, in the order of the sources.
    /// </summary>
    public static List<ReportResult<T>> PublishAll<T>(
        IReadOnlyList<string> sources, BuildOptions options, int jobs, Action<string, string>? stage, Func<PublishedReport, T> finish, CancellationToken cancel)
        where T : class
    {
        var results = new ConcurrentDictionary<int, ReportResult<T>>();
        // Fewer reports than threads: the spare ones publish each report's summary and handout at once.
        var parallelOutputs = sources.Count < jobs;
        if (parallelOutputs)
        {
            // And one of them sets up the template engine while the first report is read.
            _ = Task.Run(TemplateEvaluator.WarmUp, cancel);
        }

        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancel }, i =>
        {
            var source = sources[i];
            try
            {
                var published = ReportPublisher.Publish(source, options, s => stage?.Invoke(source, s), parallelOutputs);
                cancel.ThrowIfCancellationRequested();
                results[i] = new(source, finish(published), null, null);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancel.IsCancellationRequested)
            {
                // A bug met by this report alone fails it, and the others still build.
                results[i] = Failure<T>(source, e);
            }
        });

        return [.. Enumerable.Range(0, sources.Count).Select(i => results[i])];
    }

    /// <summary>A failure of <paramref name="source"/>: the input's or the template's as its own message, anything else as a bug (<see cref="InternalError"/>).</summary>
    public static ReportResult<T> Failure<T>(string source, Exception exception)
        where T : class =>
        new(source, null, IsUserError(exception) ? exception.Message : InternalError(exception), exception);

    /// <summary>A failure that is a bug in EcoBrief, as one line: what it was, and where to see more.</summary>
    public static string InternalError(Exception e) =>
        $"internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} (a bug in EcoBrief; --verbose shows where)";

    /// <summary>Failures that are the input's or the template's, reported as one line; anything else is a bug, reported as one too.</summary>
    public static bool IsUserError(Exception e) =>
        e is UserErrorException or InvalidDataException or IOException or UnauthorizedAccessException;
}
