using EcoBrief.Extraction;
using EcoBrief.Model;
using EcoBrief.Pipeline;

namespace EcoBrief.Tests.Support;

/// <summary>Reports read as every verb reads them: a file and its sidecar through <see cref="BuildPipeline"/>.</summary>
internal static class Pipelines
{
    /// <summary>A pipeline of the engine's own writers and the built-in templates.</summary>
    public static BuildPipeline Core { get; } = new();

    /// <summary>The report file (and its corrections sidecar) through the source's reader, the outline, the extraction and the corrections.</summary>
    public static ExtractedReport Read(string path, List<string>? explanation = null) => Core.Extract(ReportInput.Load(path), explanation);

    /// <summary>The briefing of a report file, as <c>extract</c> gives it.</summary>
    public static Briefing Extract(string path) => Read(path).Briefing;
}
