using System.Text;
using EcoBrief.Comparison;
using EcoBrief.Document;
using EcoBrief.Serialization;
using EcoBrief.Templating;

namespace EcoBrief.Cli.Building;

/// <summary>A comparison → its files, in memory, through the build's rendering path (for <c>compare</c> and for the pairs a build compares).</summary>
internal static class ComparisonRenderer
{
    public const string Template = "compare";

    /// <summary>Every file a comparison can have, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> All = ["compare.json", "compare.pdf", "compare.docx", "compare.md", "compare.html"];

    /// <summary>All the files of a comparison <paramref name="options"/> asks for.</summary>
    public static DocumentRenderer.TemplateOutput Render(BriefingComparison comparison, BuildOptions options)
    {
        var renderer = options.TemplatesDirectory is null ? BriefingTemplateRenderer.BuiltIn : new BriefingTemplateRenderer(TemplateLoader.FromDirectory(options.TemplatesDirectory));
        var files = new List<(string, byte[])>();
        if (options.Wants("compare.json"))
        {
            files.Add(("compare.json", Encoding.UTF8.GetBytes(ComparisonJson.Serialize(comparison))));
        }

        if (options.WantsAny(Template))
        {
            var document = new DocumentBuilder(renderer, options.Preset).Build(comparison, Template);
            var output = DocumentRenderer.RenderFiles(Template, document, options, null);
            files.AddRange(output.Files);
            return output with { Files = files };
        }

        return new DocumentRenderer.TemplateOutput(Template, files, [], 0);
    }

    /// <summary>
    /// A build's options as a comparison's: each kind of file the build writes for a report
    /// (summary.pdf, handout.docx, briefing.json…) asks for the comparison's file of that kind
    /// (compare.pdf, compare.docx, compare.json…).
    /// </summary>
    public static BuildOptions ForComparisons(BuildOptions build)
    {
        var files = new HashSet<string>(build.Files.Select(f => "compare" + Path.GetExtension(f)).Where(f => All.Contains(f, StringComparer.Ordinal)), StringComparer.Ordinal);
        return build with { Files = files };
    }

    /// <summary>The files of one pair of a build, rendered from the two report files.</summary>
    public static DocumentRenderer.TemplateOutput Render(ComparisonPair pair, BuildOptions comparisonOptions) =>
        Render(BriefingComparer.Compare(ComparedReport.FromFile(pair.Old), ComparedReport.FromFile(pair.New)), comparisonOptions);

    /// <summary>Which of <paramref name="files"/> differ from what is in <paramref name="dir"/> (missing counts as different).</summary>
    public static List<StaleFile> Stale(string dir, IEnumerable<(string FileName, byte[] Bytes)> files)
    {
        var stale = new List<StaleFile>();
        foreach (var (file, bytes) in files)
        {
            var path = Path.Combine(dir, file);
            if (!File.Exists(path))
            {
                stale.Add(new StaleFile(path, file, StaleReason.Missing));
            }
            else if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                stale.Add(new StaleFile(path, file, StaleReason.Differs));
            }
        }

        return stale;
    }
}
