using System.Text.Encodings.Web;
using System.Text.Json;
using EcoBrief.Model;

namespace EcoBrief.Serialization;

/// <summary>The briefing as JSON: snake_case names, UTF-8, CJK unescaped, indented, '\n' line ends.</summary>
public static class BriefingJson
{
    private static readonly BriefingJsonContext Context = new(Conventions(BriefingJsonContext.Default.Options));

    /// <summary>The conventions of every JSON file EcoBrief writes, over a source-generated context's options.</summary>
    internal static JsonSerializerOptions Conventions(JsonSerializerOptions defaults) => new(defaults)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Serialize(Briefing briefing) => JsonSerializer.Serialize(briefing, Context.Briefing) + "\n";

    public static Briefing Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.Briefing) ?? throw new JsonException("the JSON holds no briefing");
}
