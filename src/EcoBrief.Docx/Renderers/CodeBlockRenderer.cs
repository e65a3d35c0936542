using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoBrief.Document;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace EcoBrief.Docx.Renderers;

/// <summary>
/// Code blocks, fenced or indented: one paragraph in the Source Code style (pandoc's name for it),
/// its lines kept as written, separated by line breaks, spaces preserved.
/// </summary>
internal sealed class CodeBlockRenderer : DocxNodeRenderer<CodeBlock>
{
    /// <summary>Not the front matter, which Markdig parses as a code block.</summary>
    public override bool Accept(Type blockType) => base.Accept(blockType) && !typeof(YamlFrontMatterBlock).IsAssignableFrom(blockType);

    protected override IEnumerable<OpenXmlElement> Render(CodeBlock block, DocxRenderContext context)
    {
        var lines = CodeBlockLines.Of(block);
        if (lines.Count == 0)
        {
            return [];
        }

        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.SourceCode }));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                p.Append(new Run(new Break()));
            }

            p.Append(InlineRuns.TextRun(lines[i], null));
        }

        return [p];
    }
}
