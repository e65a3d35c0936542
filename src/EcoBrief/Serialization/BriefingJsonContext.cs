using System.Text.Json.Serialization;
using EcoBrief.Model;

namespace EcoBrief.Serialization;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Briefing))]
internal sealed partial class BriefingJsonContext : JsonSerializerContext;
