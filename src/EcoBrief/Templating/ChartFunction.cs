using System.Text;
using EcoBrief.Document.Charts;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EcoBrief.Templating;

/// <summary>
/// <c>bar_chart chart</c>: writes a chart the script model made (<c>target_chart</c>) where the template
/// places it — a <c>::: chart</c> fence around a pipe table of its values, which any Markdown reader
/// shows — and records the chart, so the document's block carries its typed values (as <c>key_figures</c>).
/// Nothing for a chart of no rows.
/// </summary>
internal sealed class ChartFunction(List<ChartMarkup> charts) : TypedFunction(typeof(string), (typeof(object), "chart"))
{
    /// <summary>The fence's info string, which the document's extension knows the block by.</summary>
    public const string Info = "chart";

    protected override object? Call(TemplateContext context, Scriban.Parsing.SourceSpan span, ScriptArray arguments)
    {
        if (arguments[0] is not ChartScriptObject chart)
        {
            throw new ScriptRuntimeException(span, "bar_chart takes a chart of the briefing (target_chart)");
        }

        if (chart.Chart.Groups.Count == 0)
        {
            return string.Empty;
        }

        var markdown = Markdown(chart.Chart);
        charts.Add(new ChartMarkup(markdown, chart.Chart));
        return markdown;
    }

    /// <summary>The fence, the chart's title in bold, a table of its values (a column a series), the closing fence.</summary>
    internal static string Markdown(BarChart chart)
    {
        var sb = new StringBuilder();
        sb.Append("::: ").Append(Info).Append('\n');
        sb.Append("**").Append(MarkdownEscaper.Escape(chart.Title)).Append("**\n\n");
        sb.Append("| 指标 |");
        foreach (var s in chart.Series)
        {
            sb.Append(' ').Append(MarkdownEscaper.Escape(s)).Append(" |");
        }

        sb.Append('\n').Append("|---|").Append(string.Concat(Enumerable.Repeat("---|", chart.Series.Count))).Append('\n');
        foreach (var g in chart.Groups)
        {
            sb.Append("| ").Append(MarkdownEscaper.Escape(g.Label)).Append(" |");
            foreach (var b in g.Bars)
            {
                sb.Append(' ').Append(b is null ? "—" : MarkdownEscaper.Escape(b.Text)).Append(" |");
            }

            sb.Append('\n');
        }

        return sb.Append(":::").ToString();
    }
}
