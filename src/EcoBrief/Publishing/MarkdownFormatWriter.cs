using System.Text;
using EcoBrief.Document;

namespace EcoBrief.Publishing;

/// <summary>The Markdown a template wrote, as it was parsed (UTF-8, no BOM).</summary>
public sealed class MarkdownFormatWriter : IWriter<BriefingDocument>
{
    public string Format => "md";

    public string Extension => ".md";

    public WriteResult Write(BriefingDocument input, Stream output)
    {
        output.Write(Encoding.UTF8.GetBytes(input.Markdown));
        return WriteResult.Empty;
    }
}
