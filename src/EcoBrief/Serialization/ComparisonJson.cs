using System.Text.Encodings.Web;
using System.Text.Json;
using EcoBrief.Comparison;

namespace EcoBrief.Serialization;

/// <summary>A comparison as JSON (compare.json): the same conventions as <see cref="BriefingJson"/>.</summary>
public static class ComparisonJson
{
    private static readonly ComparisonJsonContext Context = new(new JsonSerializerOptions(ComparisonJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    });

    public static string Serialize(BriefingComparison comparison) => JsonSerializer.Serialize(comparison, Context.BriefingComparison) + "\n";
}
