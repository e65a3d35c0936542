using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcoBrief.Diagnostics;

/// <summary>
/// A <see cref="Diagnostic"/> in JSON is its <see cref="Diagnostic.Text"/>: the <c>warnings</c> of
/// <c>briefing.json</c> stay the lines a reader (or an older tool) expects. Read back, a line is a
/// <see cref="DiagnosticKinds.Stored"/> diagnostic: the text is all the file keeps.
/// </summary>
public sealed class DiagnosticTextConverter : JsonConverter<Diagnostic>
{
    public override Diagnostic Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DiagnosticKinds.Stored.Of(reader.GetString() ?? throw new JsonException("a warning is a string"));

    public override void Write(Utf8JsonWriter writer, Diagnostic value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
}
