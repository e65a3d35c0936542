using EcoBrief.Diagnostics;
using EcoBrief.Extraction;
using EcoBrief.Ingest;
using EcoBrief.Serialization;

namespace EcoBrief.Tests.Fuzzing;

/// <summary>What the fuzzer runs: ingest, outline, extraction and JSON. Refusing bad input is fine; anything else thrown is a crash.</summary>
public static class FuzzTarget
{
    public static void Run(byte[] input)
    {
        try
        {
            var briefing = BriefingExtractor.Extract(ReportReader.Read(input));
            BriefingJson.Serialize(briefing);
        }
        catch (InputRejectedException)
        {
        }
    }
}
