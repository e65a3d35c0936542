using EcoBrief.Document.Charts;

namespace EcoBrief.Templating;

/// <summary>One chart a template wrote (<c>bar_chart</c>): its Markdown (a <c>::: chart</c> fence around a pipe table) and the chart it stands for.</summary>
/// <param name="Markdown">The block's text, exactly as the template's output holds it.</param>
/// <param name="Chart">The values it shows.</param>
public sealed record ChartMarkup(string Markdown, BarChart Chart) : EcoBrief.Document.ITemplateContainerMarkup;
