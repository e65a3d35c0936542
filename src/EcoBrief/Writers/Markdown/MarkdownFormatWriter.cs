using System.Text;
using EcoBrief.Document;
using EcoBrief.Publishing;

namespace EcoBrief.Writers.Markdown;

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
