using System.Text.Json.Serialization;
using EcoBrief.Comparison;

namespace EcoBrief.Serialization;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(BriefingComparison))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext;
