using System.Text;
using EcoBrief.Comparison;
using EcoBrief.Publishing;
using EcoBrief.Serialization;

namespace EcoBrief.Writers.Json;

/// <summary>A comparison of two reports as JSON (<see cref="ComparisonJson"/>): <c>compare.json</c>.</summary>
public sealed class ComparisonJsonFormatWriter : IWriter<BriefingComparison>
{
    public string Format => "json";

    public string Extension => ".json";

    public WriteResult Write(BriefingComparison input, Stream output)
    {
        output.Write(Encoding.UTF8.GetBytes(ComparisonJson.Serialize(input)));
        return WriteResult.Empty;
    }
}
