using System.Text.RegularExpressions;

namespace EcoBrief.Extraction.Meta;

/// <summary>
/// One way reports print who gave them or what they are called, as a value (Duckling's rules): a
/// name, where it is looked for, a pattern whose groups <c>name</c>, <c>role</c> and <c>title</c> are
/// the production, and the examples it must read and the counterexamples it must not, which run as
/// tests. <see cref="Check"/> is the rule's own test of a match beyond its pattern (a role that must
/// end in an office, say).
/// </summary>
/// <param name="Name">A stable identifier, used in <c>--explain</c> and in the fitted confidences.</param>
/// <param name="Where">Which lines the rule reads.</param>
/// <param name="Pattern">The pattern; its groups are the production.</param>
/// <param name="Examples">Inputs with what they give, written <c>speaker/role/title</c> (an empty part gives nothing).</param>
/// <param name="Counterexamples">Inputs the rule must not read.</param>
internal sealed record MetaRule(string Name, MetaPlace Where, Regex Pattern, IReadOnlyList<(string Input, string Gives)> Examples, IReadOnlyList<string> Counterexamples)
{
    public Func<Match, bool>? Check { get; init; }

    /// <summary>What the rule reads from <paramref name="line"/>, or null when it does not apply.</summary>
    public MetaReading? Read(string line)
    {
        var m = Pattern.Match(line);
        if (!m.Success || (Check is { } check && !check(m)))
        {
            return null;
        }

        static string? Group(Match m, string name) =>
            m.Groups[name] is { Success: true, Length: > 0 } g ? g.Value.Trim() : null;

        var name = Group(m, "name") is { } n ? MetaRules.Compact(n) : null;
        var role = Group(m, "role") is { } r ? MetaRules.Compact(r) : null;
        return new MetaReading(this, name, role, Group(m, "title"));
    }
}

/// <summary>Which lines a <see cref="MetaRule"/> reads.</summary>
internal enum MetaPlace
{
    /// <summary>The lines before the report's body (title, byline, speaker), one at a time.</summary>
    FrontLine,

    /// <summary>A photo caption or the front matter's title: a sentence that says who gave the report.</summary>
    Caption,
}

/// <summary>What a rule read: any of speaker, role and title.</summary>
internal sealed record MetaReading(MetaRule Rule, string? Speaker, string? Role, string? Title);
