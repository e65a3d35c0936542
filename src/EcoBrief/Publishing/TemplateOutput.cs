using EcoBrief.Document;

namespace EcoBrief.Publishing;

/// <summary>One file of an output set: a template's document through one writer, named <c>TEMPLATE.EXT</c>.</summary>
public sealed record TemplateOutput(string Template, IWriter<BriefingDocument> Writer)
{
    public string FileName => Template + Writer.Extension;
}
