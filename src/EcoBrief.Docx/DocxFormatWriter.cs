using EcoBrief.Diagnostics;
using EcoBrief.Document;
using EcoBrief.Publishing;

namespace EcoBrief.Docx;

/// <summary>The Word project's contribution to the writer registry: <see cref="DocxWriter"/> as the <c>docx</c> format.</summary>
public sealed class DocxFormatWriter(DocxWriterOptions? options = null) : IWriter<BriefingDocument>
{
    public string Format => "docx";

    public string Extension => ".docx";

    public WriteResult Write(BriefingDocument input, Stream output)
    {
        var diagnostics = new List<Diagnostic>();
        output.Write(DocxWriter.Write(input, options, diagnostics));
        return new WriteResult(0, diagnostics);
    }
}
