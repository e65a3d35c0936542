using EcoBrief.Document.Charts;
using Scriban.Runtime;

namespace EcoBrief.Templating;

/// <summary>A chart as templates see it (<c>title</c>, <c>size</c>), keeping out of their reach the typed chart <c>bar_chart</c> hands the document.</summary>
internal sealed class ChartScriptObject : ScriptObject
{
    public ChartScriptObject(BarChart chart)
    {
        Chart = chart;
        this["title"] = chart.Title;
        this["size"] = chart.Groups.Count;
    }

    public BarChart Chart { get; }
}
