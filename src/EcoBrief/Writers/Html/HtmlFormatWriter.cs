using System.Text;
using EcoBrief.Document;
using EcoBrief.Publishing;

namespace EcoBrief.Writers.Html;

/// <summary>One self-contained HTML page (<see cref="HtmlWriter"/>), UTF-8.</summary>
public sealed class HtmlFormatWriter : IWriter<BriefingDocument>
{
    public string Format => "html";

    public string Extension => ".html";

    public WriteResult Write(BriefingDocument input, Stream output)
    {
        output.Write(Encoding.UTF8.GetBytes(HtmlWriter.Write(input)));
        return WriteResult.Empty;
    }
}
