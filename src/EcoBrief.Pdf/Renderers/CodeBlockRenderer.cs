using EcoBrief.Document;
using EcoBrief.Layout;
using EcoBrief.Layout.Elements;
using EcoBrief.Layout.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace EcoBrief.Pdf.Renderers;

/// <summary>
/// Code blocks, fenced or indented: line for line as the template wrote them, on a faint background
/// (as a quote), in the body font a little smaller — EcoBrief ships no monospace font, and a PDF draws
/// only what it embeds. Leading spaces are kept as no-break spaces (the line breaker drops ordinary
/// spaces at a line's start); only a line wider than the page wraps.
/// </summary>
public sealed class CodeBlockRenderer : PdfNodeRenderer<CodeBlock>
{
    /// <summary>Not the front matter, which Markdig parses as a code block.</summary>
    public override bool Accept(Type blockType) => base.Accept(blockType) && !typeof(YamlFrontMatterBlock).IsAssignableFrom(blockType);

    protected override Element? Render(CodeBlock block, PdfRenderContext context)
    {
        var s = context.Styles.BodySize;
        var style = context.Styles.Code;
        var lines = CodeBlockLines.Of(block)
            .Select(line => (Element)context.Text([new TextSpan(KeepIndent(line), style)], TextAlignment.Left, lineSpacing: 1.35f))
            .ToList();
        return lines.Count == 0 ? null : new Box(new Padding(new Column(lines), s * 0.6f, s * 0.35f, s * 0.6f, s * 0.35f), PdfStyles.Shade);
    }

    /// <summary>The line with its leading spaces (and a blank line's) as no-break spaces, so they take their room.</summary>
    private static string KeepIndent(string line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        return line.Length == 0 ? "\u00A0" : new string('\u00A0', indent) + line[indent..];
    }
}
