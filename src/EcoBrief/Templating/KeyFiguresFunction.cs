using System.Text;
using EcoBrief.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EcoBrief.Templating;

/// <summary>
/// <c>key_figures list</c>: the key-figures block of the figures or targets in <paramref name="blocks"/>'s
/// evaluation. It writes what the template placed there before — a <c>::: key-figures</c> fence around a
/// pipe table (指标 | 数值 | 变化) that any Markdown reader shows — and records the entries the block stands
/// for, so the document's block carries the model's typed values. The template chooses where the block
/// goes and which entries it shows (<c>key_figures (top results 6)</c>, <c>key_figures targets</c>).
/// </summary>
/// <param name="blocks">Where each block written is recorded, in order.</param>
internal sealed class KeyFiguresFunction(List<KeyFiguresMarkup> blocks) : TypedFunction(typeof(string), (typeof(ScriptArray), "list"))
{
    /// <summary>The fence's info string, which the document's extension knows the block by.</summary>
    public const string Info = "key-figures";

    protected override object? Call(TemplateContext context, Scriban.Parsing.SourceSpan span, ScriptArray arguments)
    {
        var entries = new List<KeyFigureEntry>();
        if (context.ToObject<ScriptArray?>(span, arguments[0]) is { } list)
        {
            foreach (var item in list)
            {
                entries.Add(item is FigureScriptObject figure
                    ? figure.Entry
                    : throw new ScriptRuntimeException(span, "key_figures takes a list of the briefing's figures or targets (results, figures, targets, an item's figures)"));
            }
        }

        var markdown = Markdown(entries);
        blocks.Add(new KeyFiguresMarkup(markdown, entries));
        return markdown;
    }

    /// <summary>The block's Markdown: the fence, the table's header, a row an entry (report text escaped), the closing fence.</summary>
    internal static string Markdown(IReadOnlyList<KeyFigureEntry> entries)
    {
        var sb = new StringBuilder();
        sb.Append("::: ").Append(Info).Append('\n');
        sb.Append("| 指标 | 数值 | 变化 |\n|---|---|---|\n");
        foreach (var e in entries)
        {
            sb.Append("| ").Append(MarkdownEscaper.Escape(e.Indicator))
                .Append(" | ").Append(MarkdownEscaper.Escape(e.Text))
                .Append(" | ").Append(MarkdownEscaper.Escape(e.Change))
                .Append(" |\n");
        }

        return sb.Append(":::").ToString();
    }
}
