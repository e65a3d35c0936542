using System.Collections.Concurrent;
using EcoBrief.Comparison;
using EcoBrief.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EcoBrief.Templating;

/// <summary>
/// Evaluates a Scriban template over a briefing (or a comparison) into Markdown, in strict mode and within
/// <see cref="TemplateLimits"/>. Every failure is a <see cref="TemplateException"/> whose message is
/// <c>path(line,col): message</c>.
/// </summary>
public sealed class TemplateEvaluator
{
    private readonly TemplateLoader _loader;
    private readonly TemplateLimits _limits;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateEvaluator(TemplateLoader loader, TemplateLimits? limits = null)
    {
        _loader = loader;
        _limits = limits ?? TemplateLimits.Default;
    }

    public static TemplateEvaluator BuiltIn { get; } = new(TemplateLoader.BuiltIn);

    public TemplateLoader Loader => _loader;

    /// <summary>
    /// Sets up the Scriban built-in functions the shipped templates use (<see cref="LazyBuiltins"/>),
    /// so that a caller can have it done while it reads a report.
    /// </summary>
    public static void WarmUp() => LazyBuiltins.WarmUp();

    /// <summary>The file name of a template given by short name: <c>summary</c> → <c>summary.md.sbn</c>.</summary>
    public static string FileName(string template) => template.EndsWith(".sbn", StringComparison.Ordinal) ? template : template + ".md.sbn";

    /// <summary>Evaluates <paramref name="template"/> over a briefing: the Markdown it writes, and the key figures it places.</summary>
    public EvaluatedTemplate Evaluate(string template, Briefing briefing, string sourceName) =>
        Evaluate(template, global => BriefingScriptModel.Import(global, briefing, sourceName));

    /// <summary>Evaluates a template over a comparison of two reports (the <c>compare</c> template): the Markdown it writes.</summary>
    public EvaluatedTemplate Evaluate(string template, BriefingComparison comparison) =>
        Evaluate(template, global => ComparisonScriptModel.Import(global, comparison));

    private EvaluatedTemplate Evaluate(string template, Action<ScriptObject> import)
    {
        var parsed = Parse(FileName(template));
        var global = new ScriptObject();
        TemplateFunctions.Register(global);
        // Per evaluation: the blocks this run writes, with the values they stand for.
        var keyFigures = new List<KeyFiguresMarkup>();
        global.SetValue("key_figures", new KeyFiguresFunction(keyFigures), readOnly: true);
        var charts = new List<ChartMarkup>();
        global.SetValue("bar_chart", new ChartFunction(charts), readOnly: true);
        import(global);

        var context = new TemplateContext(new LazyBuiltins())
        {
            TemplateLoader = _loader,
            StrictVariables = true,
            LoopLimit = _limits.LoopLimit,
            RecursiveLimit = _limits.RecursiveLimit,
            // Scriban cuts output at its limit and ends it with "...", silently: it is given room to
            // go past ours, and going past ours is an error below.
            OutputLimit = _limits.OutputLimit + 16,
            RegexTimeOut = _limits.RegexTimeout,
            EnableRelaxedMemberAccess = false,
            NewLine = "\n",
            MemberFilter = _ => false,
        };
        context.PushGlobal(global);

        try
        {
            var output = parsed.Render(context);
            return output.Length <= _limits.OutputLimit
                ? new EvaluatedTemplate(output, keyFigures) { Charts = charts }
                : throw new TemplateException($"{parsed.SourceFilePath}: the template writes more than {_limits.OutputLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, the limit for a template's output");
        }
        catch (ScriptRuntimeException e) when (e.InnerException is TemplateException inner)
        {
            // The loader refused an include; its message already names the place.
            throw new TemplateException(inner.Message, e);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException($"{TemplateErrors.Place(e.Span)}: {e.OriginalMessage}", e);
        }
        catch (TemplateException)
        {
            throw;
        }
        catch (InvalidOperationException e)
        {
            throw new TemplateException($"{parsed.SourceFilePath}: {e.Message}", e);
        }
    }

    private Template Parse(string name) => _parsed.GetOrAdd(name, n =>
    {
        var path = _loader.Resolve(n);
        var template = Template.Parse(_loader.Read(path), path);
        if (template.HasErrors)
        {
            throw new TemplateException(string.Join("; ", template.Messages.Select(TemplateErrors.Format)));
        }

        return template;
    });
}
