using System.Text.Json;
using EcoBrief.Comparison;

namespace EcoBrief.Serialization;

/// <summary>A comparison as JSON (compare.json): the same conventions as <see cref="BriefingJson"/>.</summary>
public static class ComparisonJson
{
    private static readonly ComparisonJsonContext Context = new(BriefingJson.Conventions(ComparisonJsonContext.Default.Options));

    public static string Serialize(BriefingComparison comparison) => JsonSerializer.Serialize(comparison, Context.BriefingComparison) + "\n";
}
