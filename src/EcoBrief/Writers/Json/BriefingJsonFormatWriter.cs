using System.Text;
using EcoBrief.Model;
using EcoBrief.Publishing;
using EcoBrief.Serialization;

namespace EcoBrief.Writers.Json;

/// <summary>The extracted model as JSON (<see cref="BriefingJson"/>): <c>briefing.json</c>. It reads the model, not a template's document.</summary>
public sealed class BriefingJsonFormatWriter : IWriter<Briefing>
{
    public string Format => "json";

    public string Extension => ".json";

    public WriteResult Write(Briefing input, Stream output)
    {
        output.Write(Encoding.UTF8.GetBytes(BriefingJson.Serialize(input)));
        return WriteResult.Empty;
    }
}
