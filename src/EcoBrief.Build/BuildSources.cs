using EcoBrief.Diagnostics;

namespace EcoBrief.Build;

/// <summary>Which reports a build reads: those given, or the main job's (every <c>seeds/*.txt</c>).</summary>
public static class BuildSources
{
    /// <summary>The folder of the main job's reports, relative to the current folder.</summary>
    public const string SeedsFolder = "seeds";

    /// <summary>
    /// The sources <paramref name="given"/>, each once; with none, every <c>seeds/*.txt</c> in name order.
    /// Two sources whose folders would have one name (report.txt in two places) are refused.
    /// </summary>
    /// <param name="given">The sources as the user named them.</param>
    /// <param name="outputRoot">The output folder, for the message.</param>
    /// <exception cref="InputRejectedException">There are none, or two would be built into one folder.</exception>
    public static string[] Resolve(IReadOnlyList<string> given, string outputRoot)
    {
        ArgumentNullException.ThrowIfNull(given);
        string[] sources;
        if (given.Count > 0)
        {
            // A file named twice is built once.
            sources = given.DistinctBy(Path.GetFullPath, StringComparer.Ordinal).ToArray();
        }
        else
        {
            sources = Directory.Exists(SeedsFolder) ? Directory.GetFiles(SeedsFolder, "*.txt").Order(StringComparer.Ordinal).ToArray() : [];
            if (sources.Length == 0)
            {
                throw new InputRejectedException("no sources given and no seeds/*.txt in the current folder");
            }
        }

        // Two files of one folder name (report.txt in two places, ..txt and ..txt.txt) would race for one folder.
        var clash = sources.Where(s => ReportFolder.NameOf(s) is not null).GroupBy(s => ReportFolder.NameOf(s)!, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            var output = Path.Combine(outputRoot, clash.Key);
            throw new InputRejectedException($"{string.Join(" and ", clash.Take(2))} would both be built into {output}{Path.DirectorySeparatorChar}: rename one, or build them into different folders");
        }

        return sources;
    }
}
