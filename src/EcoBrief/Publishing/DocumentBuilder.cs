using EcoBrief.Comparison;
using EcoBrief.Document;
using EcoBrief.Model;
using EcoBrief.Templating;

namespace EcoBrief.Publishing;

/// <summary>
/// Briefing → template → Markdown → <see cref="BriefingDocument"/>: the step between extraction and
/// the writers, where the templating and document stages meet (neither knows the other's input).
/// </summary>
public sealed class DocumentBuilder(TemplateEvaluator templates, string? presetOverride = null)
{
    public static DocumentBuilder BuiltIn { get; } = new(TemplateEvaluator.BuiltIn);

    public BriefingDocument Build(Briefing briefing, string template, string sourceName)
    {
        var evaluated = templates.Evaluate(template, briefing, sourceName);
        var origin = templates.Loader.Resolve(TemplateEvaluator.FileName(template));
        return BriefingMarkdown.Parse(evaluated, origin, presetOverride);
    }

    /// <summary>A comparison of two reports through the <c>compare</c> template (or another given by name).</summary>
    public BriefingDocument Build(BriefingComparison comparison, string template = "compare")
    {
        var evaluated = templates.Evaluate(template, comparison);
        var origin = templates.Loader.Resolve(TemplateEvaluator.FileName(template));
        return BriefingMarkdown.Parse(evaluated, origin, presetOverride);
    }
}
