using System.Globalization;
using System.Text.RegularExpressions;
using EcoBrief.Diagnostics;
using EcoBrief.Ingest;
using EcoBrief.Model;

namespace EcoBrief.Pipeline;

/// <summary>
/// Gives a briefing read from a PDF or a Word file the places of its source: each span the page and
/// line (or the paragraph) it starts at, each warning its place, each line of the explanation that
/// names a line the place instead. The stages count in the source's own unit (<see cref="SourceMap"/>);
/// this is where those numbers are said in the file's terms. A text source is left as it is.
/// </summary>
internal static partial class SourcePlaces
{
    [GeneratedRegex(@"\bline (?<n>[0-9]{1,9})\b")]
    private static partial Regex LineNumber();

    public static Briefing Locate(Briefing briefing, IngestedReport report)
    {
        if (report.Map.Unit == SourceUnit.TextLine)
        {
            return briefing;
        }

        return briefing with
        {
            Achievements = [.. briefing.Achievements.Select(Item)],
            Challenges = [.. briefing.Challenges.Select(Item)],
            Tasks = [.. briefing.Tasks.Select(Item)],
            Priorities = [.. briefing.Priorities.Select(Item)],
            Figures = [.. briefing.Figures.Select(Figure)],
            Targets = [.. briefing.Targets.Select(t => t with { Span = Span(t.Span) })],
            Diagnostics = [.. briefing.Diagnostics.Select(Warning)],
        };

        BriefingItem Item(BriefingItem i) => i with { Span = Span(i.Span), Figures = [.. i.Figures.Select(Figure)] };

        KeyFigure Figure(KeyFigure f) => f with { Span = Span(f.Span) };

        SourceSpan Span(SourceSpan s) => s.Place is not null ? s : report.SpanAt(s.Start, s.End);

        Diagnostic Warning(Diagnostic d) =>
            d.File is not null || d.Line <= 0 || d.Place is not null ? d
            : d with { Place = report.Map.PlaceOf(d.Line), Message = d.Kind.MessageNamesLine ? Say(d.Message, report.Map) : d.Message };
    }

    /// <summary>The lines of an explanation from <paramref name="from"/> on, each line number said as its place; a first line says how the source was read.</summary>
    public static void Locate(List<string> explanation, int from, IngestedReport report)
    {
        if (report.Map.Unit == SourceUnit.TextLine)
        {
            return;
        }

        for (var i = from; i < explanation.Count; i++)
        {
            explanation[i] = Say(explanation[i], report.Map);
        }

        explanation.Insert(from, report.Map.Unit == SourceUnit.PageLine
            ? string.Create(CultureInfo.InvariantCulture, $"source: {report.EncodingName}, {report.Map.Pages} page(s); places are a page and a line of it (lines in reading order)")
            : $"source: {report.EncodingName}; places are paragraphs of its body (table cells and empty paragraphs counted, as Word counts them)");
    }

    private static string Say(string text, SourceMap map) =>
        LineNumber().Replace(text, m => map.PlaceOf(int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture))?.ToString() ?? m.Value);
}
