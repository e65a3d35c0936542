using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace EcoBrief.Templating;

/// <summary>
/// Scriban's built-in functions (<c>array</c>, <c>string</c>, <c>date</c>, <c>include</c> …), each
/// group made when a template first names it. Scriban's own set makes every group at once, once per
/// process: a fifth of a cold build's instructions, most of it <c>date</c> (whose delegates make the
/// AOT runtime build its reverse method map), which the shipped templates never use.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Func<object>> Groups = new(StringComparer.Ordinal)
    {
        ["array"] = () => new ArrayFunctions(),
        ["empty"] = () => EmptyScriptObject.Default,
        ["blank"] = () => EmptyScriptObject.Default,
        ["include"] = () => new IncludeFunction(),
        [DateTimeFunctions.DateVariable.Name] = () => new DateTimeFunctions(),
        ["html"] = () => new HtmlFunctions(),
        ["math"] = () => new MathFunctions(),
        ["object"] = () => new ObjectFunctions(),
        ["regex"] = () => new RegexFunctions(),
        ["string"] = () => new StringFunctions(),
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    /// <summary>The groups the shipped report templates use, made ahead (while a report is read); <c>string</c> is left to the comparison, which alone uses it.</summary>
    public static void WarmUp()
    {
        var builtins = new LazyBuiltins();
        foreach (var name in new[] { "array", "include" })
        {
            builtins.Make(name);
        }
    }

    public override bool Contains(string member) => base.Contains(member) || Groups.ContainsKey(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        if (base.TryGetValue(context, span, member, out var found))
        {
            value = found!;
            return true;
        }

        if (Make(member) is { } made)
        {
            value = made;
            return true;
        }

        value = null!;
        return false;
    }

    private object? Make(string member)
    {
        if (!Groups.TryGetValue(member, out var make))
        {
            return null;
        }

        var group = make();
        SetValue(member, group, readOnly: true);
        return group;
    }
}
