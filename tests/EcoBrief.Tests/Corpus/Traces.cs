using EcoBrief.Extraction;
using EcoBrief.Extraction.Scoring;
using EcoBrief.Ingest;
using EcoBrief.Outline;

namespace EcoBrief.Tests.Corpus;

/// <summary>The traced extraction of a report file: what the fitting tool, the scorers and the weights test read.</summary>
internal static class Traces
{
    /// <summary>Every scored decision of the report at <paramref name="path"/>, with all its candidates, through the stages the pipeline runs.</summary>
    public static DecisionTrace Of(string path)
    {
        var trace = new DecisionTrace();
        BriefingExtractor.Extract(OutlineBuilder.Build(ReportReader.ReadFile(path)), null, null, trace);
        return trace;
    }

    /// <summary>The decisions of the parts' roles, one a part in text order.</summary>
    public static List<TracedDecision> Parts(DecisionTrace trace) => [.. trace.Decisions.Where(d => d.Model == "sections")];

    /// <summary>A part's heading: the first line of the text its decision was taken on.</summary>
    public static string Heading(TracedDecision part) => part.Text!.Split('\n')[0];
}
