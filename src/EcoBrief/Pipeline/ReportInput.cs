using EcoBrief.Extraction;
using EcoBrief.Ingest;

namespace EcoBrief.Pipeline;

/// <summary>
/// A report as <see cref="BuildPipeline"/> takes it: its source (path and bytes) and the corrections
/// kept beside it. <see cref="Load"/> is where a report and its sidecar are read from disk; every stage
/// after it takes these values.
/// </summary>
/// <param name="Source">The report's path and bytes.</param>
/// <param name="Corrections">Its sidecar (<c>NAME.ecobrief.yml</c>), read; null when it has none.</param>
public sealed record ReportInput(ReportSource Source, ExtractionCorrections? Corrections = null)
{
    /// <summary>Reads a report file and its corrections sidecar, when it has one.</summary>
    /// <exception cref="Diagnostics.InputRejectedException">The report cannot be read, or the sidecar is wrong: one line naming the file.</exception>
    public static ReportInput Load(string path) => new(ReportReader.Load(path), CorrectionsReader.ForSource(path));

    /// <summary>A report given as text, under <paramref name="path"/> (tests, tools that hold the text already).</summary>
    public static ReportInput FromText(string path, string text, ExtractionCorrections? corrections = null) => new(ReportSource.FromText(path, text), corrections);
}
