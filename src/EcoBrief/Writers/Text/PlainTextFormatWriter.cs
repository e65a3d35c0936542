using System.Text;
using EcoBrief.Document;
using EcoBrief.Document.KeyFigures;
using EcoBrief.Publishing;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EcoBrief.Writers.Text;

/// <summary>
/// The document as plain text (UTF-8, LF): for a text message, an e-mail without HTML, a screen
/// reader. Headings and paragraphs are lines separated by a blank line; list items start with
/// <c>- </c> or their number; key figures are one line each (指标：数值（变化）); table cells are
/// separated by <c>｜</c>; footnote marks and the front matter are left out; the footer ends it.
/// </summary>
public sealed class PlainTextFormatWriter : IWriter<BriefingDocument>
{
    public string Format => "txt";

    public string Extension => ".txt";

    public WriteResult Write(BriefingDocument input, Stream output)
    {
        var sb = new StringBuilder();
        Blocks(sb, input.Ast, indent: string.Empty);
        var text = sb.ToString().TrimEnd('\n') + "\n";
        if (input.Settings.Footer is { Length: > 0 } footer)
        {
            text += "\n" + footer + "\n";
        }

        output.Write(Encoding.UTF8.GetBytes(text));
        return WriteResult.Empty;
    }

    private static void Blocks(StringBuilder sb, ContainerBlock container, string indent)
    {
        foreach (var block in container)
        {
            Block(sb, block, indent);
        }
    }

    private static void Block(StringBuilder sb, Block block, string indent)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or FootnoteGroup or ThematicBreakBlock:
                return;
            case HeadingBlock h:
                sb.Append(indent).Append(Inlines(h.Inline)).Append("\n\n");
                return;
            case ParagraphBlock p:
                sb.Append(indent).Append(Inlines(p.Inline)).Append("\n\n");
                return;
            case KeyFiguresBlock k:
                foreach (var e in k.Entries)
                {
                    sb.Append(indent).Append(e.Indicator).Append('：').Append(e.Text);
                    if (!string.IsNullOrEmpty(e.Change))
                    {
                        sb.Append('（').Append(e.Change).Append('）');
                    }

                    sb.Append('\n');
                }

                sb.Append('\n');
                return;
            case Table t:
                foreach (var row in t.OfType<TableRow>())
                {
                    sb.Append(indent).Append(string.Join("｜", row.OfType<TableCell>().Select(c => string.Concat(c.OfType<LeafBlock>().Select(l => Inlines(l.Inline))).Trim()))).Append('\n');
                }

                sb.Append('\n');
                return;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{number++}. " : "- ";
                    var inner = new StringBuilder();
                    Blocks(inner, item, string.Empty);
                    var lines = inner.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                    for (var i = 0; i < lines.Length; i++)
                    {
                        sb.Append(indent).Append(i == 0 ? marker : new string(' ', marker.Length)).Append(lines[i]).Append('\n');
                    }
                }

                sb.Append('\n');
                return;
            case ContainerBlock c:
                Blocks(sb, c, indent);
                return;
            case LeafBlock leaf when leaf.Inline is not null:
                sb.Append(indent).Append(Inlines(leaf.Inline)).Append("\n\n");
                return;
        }
    }

    private static string Inlines(ContainerInline? inlines)
    {
        var sb = new StringBuilder();
        Inline(sb, inlines);
        return sb.ToString().Trim();
    }

    private static void Inline(StringBuilder sb, Markdig.Syntax.Inlines.Inline? inline)
    {
        switch (inline)
        {
            case null or FootnoteLink:
                return;
            case LiteralInline l:
                sb.Append(l.Content.ToString());
                return;
            case CodeInline c:
                sb.Append(c.Content);
                return;
            case LineBreakInline br:
                sb.Append(br.IsHard ? "\n" : string.Empty);
                return;
            case HtmlEntityInline e:
                sb.Append(e.Transcoded.ToString());
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Inline(sb, child);
                }

                return;
        }
    }
}
