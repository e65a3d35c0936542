using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Model;
using EcoBrief.Outline;

namespace EcoBrief.Tests.Support;

/// <summary>The extraction of cleaned text, stage after stage, for tests of the stages themselves (the program goes through <see cref="Pipeline.BuildPipeline"/>).</summary>
internal static class Stages
{
    public static Briefing Extract(IngestedReport report) => BriefingExtractor.Extract(OutlineBuilder.Build(report));
}
