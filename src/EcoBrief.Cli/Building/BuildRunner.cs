using System.Collections.Concurrent;
using EcoBrief.Diagnostics;
using EcoBrief.Layout.Paging;
using EcoBrief.Templating;

namespace EcoBrief.Cli.Building;

/// <summary>Renders many reports in parallel; each result or failure is kept in the order of the sources.</summary>
internal static class BuildRunner
{
    public static List<(string Source, RenderedDocument? Result, string? Error, Exception? Exception)> RenderAll(
        IReadOnlyList<string> sources, BuildOptions options, int jobs, Action<string, string>? stage, CancellationToken cancel)
    {
        var results = new ConcurrentDictionary<int, (string, RenderedDocument?, string?, Exception?)>();
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancel }, i =>
        {
            var source = sources[i];
            try
            {
                results[i] = (source, DocumentRenderer.Render(source, options, s => stage?.Invoke(source, s)), null, null);
            }
            catch (Exception e) when (IsUserError(e))
            {
                results[i] = (source, null, e.Message, e);
            }
        });

        return [.. Enumerable.Range(0, sources.Count).Select(i => results[i])];
    }

    /// <summary>One line naming the source, whether or not the message already does.</summary>
    public static string ErrorLine(string source, string error) =>
        $"ecobrief: error: {(error.StartsWith(source, StringComparison.Ordinal) ? error : $"{source}: {error}")}";

    /// <summary>Failures that are the input's or the template's, reported as one line; anything else is a bug and propagates.</summary>
    public static bool IsUserError(Exception e) =>
        e is InputRejectedException or TemplateException or LayoutException or InvalidDataException or IOException or UnauthorizedAccessException;
}
