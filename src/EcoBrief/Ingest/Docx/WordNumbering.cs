using System.Text;
using System.Xml.Linq;

namespace EcoBrief.Ingest.Docx;

/// <summary>
/// Word's automatic numbering, rendered as the numbers a reader sees (ISO/IEC 29500-1 §17.9): each
/// list instance (<c>w:num</c>) points at an abstract definition (<c>w:abstractNum</c>) of nine levels,
/// each with its start, its format (<see cref="WordNumberFormat"/>), its text (<c>%1、</c>, <c>（%2）</c>,
/// <c>%1.%2</c>), when it restarts (<c>w:lvlRestart</c>: by default whenever a level above it is used)
/// and what follows the number (<c>w:suff</c>). Instances of one definition share its counters, as in
/// Word, so a list continues across instances; an instance's <c>w:startOverride</c> (Word's "restart
/// numbering" or "set numbering value") sets a level's counter where that instance first numbers it.
/// A definition that only links to a numbering style (<c>w:numStyleLink</c>) is that style's list.
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, Abstract> _abstracts;
    private readonly Dictionary<int, Instance> _instances;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int NumId, int Level)> _overridden = [];

    private WordNumbering(Dictionary<int, Abstract> abstracts, Dictionary<int, Instance> instances)
    {
        _abstracts = abstracts;
        _instances = instances;
    }

    public static WordNumbering Read(XElement? root, WordStyles styles)
    {
        var abstracts = new Dictionary<int, Abstract>();
        var instances = new Dictionary<int, Instance>();
        if (root is null)
        {
            return new WordNumbering(abstracts, instances);
        }

        foreach (var a in root.Elements(WordXml.W + "abstractNum"))
        {
            if (WordXml.IntAttribute(a, "abstractNumId") is not { } id)
            {
                continue;
            }

            var levels = new Level?[Levels];
            foreach (var lvl in a.Elements(WordXml.W + "lvl"))
            {
                if (WordXml.IntAttribute(lvl, "ilvl") is { } i and >= 0 and < Levels)
                {
                    levels[i] = Level.Read(lvl);
                }
            }

            abstracts.TryAdd(id, new Abstract(levels, WordXml.Val(a, "numStyleLink")));
        }

        foreach (var n in root.Elements(WordXml.W + "num"))
        {
            if (WordXml.IntAttribute(n, "numId") is not { } numId || WordXml.IntVal(n, "abstractNumId") is not { } abstractId)
            {
                continue;
            }

            var starts = new Dictionary<int, int>();
            var levels = new Dictionary<int, Level>();
            foreach (var o in n.Elements(WordXml.W + "lvlOverride"))
            {
                if (WordXml.IntAttribute(o, "ilvl") is not { } i || i is < 0 or >= Levels)
                {
                    continue;
                }

                if (o.Element(WordXml.W + "lvl") is { } lvl)
                {
                    levels[i] = Level.Read(lvl);
                }

                if (WordXml.IntVal(o, "startOverride") is { } start)
                {
                    starts[i] = start;
                }
                else if (levels.TryGetValue(i, out var level))
                {
                    // A level given whole in the override restarts at its own start.
                    starts[i] = level.Start;
                }
            }

            instances.TryAdd(numId, new Instance(abstractId, starts, levels));
        }

        // A definition that links to a numbering style is the list that style numbers with.
        foreach (var (id, a) in abstracts.ToList())
        {
            if (a.StyleLink is { } style && styles.NumberingOf(style).NumId is { } linked
                && instances.TryGetValue(linked, out var target) && target.AbstractId != id && abstracts.ContainsKey(target.AbstractId))
            {
                abstracts[id] = a with { LinkedTo = target.AbstractId };
            }
        }

        return new WordNumbering(abstracts, instances);
    }

    /// <summary>Whether list <paramref name="numId"/> is defined (0, and an id that names nothing, number nothing).</summary>
    public bool Defines(int numId) => numId != 0 && _instances.TryGetValue(numId, out var i) && _abstracts.ContainsKey(i.AbstractId);

    /// <summary>The level of list <paramref name="numId"/> that names paragraph style <paramref name="styleId"/> (<c>w:pStyle</c> in a level: a heading style tied to a level), or null.</summary>
    public int? LevelOfStyle(int numId, string? styleId)
    {
        if (styleId is null || !_instances.TryGetValue(numId, out var instance))
        {
            return null;
        }

        var levels = LevelsOf(instance, out _);
        var found = Array.FindIndex(levels, l => l?.Style == styleId);
        return found >= 0 ? found : null;
    }

    /// <summary>
    /// The number of the next paragraph of list <paramref name="numId"/> at <paramref name="level"/>, as
    /// shown — <c>一、</c>, <c>（二）</c>, <c>3.</c> and what follows it — counters moved on as Word moves
    /// them; empty when the level shows none (<c>none</c>, hidden); null when the list is not defined.
    /// </summary>
    public string? Next(int numId, int level)
    {
        if (!_instances.TryGetValue(numId, out var instance) || !_abstracts.ContainsKey(instance.AbstractId))
        {
            return null;
        }

        level = Math.Clamp(level, 0, Levels - 1);
        var levels = LevelsOf(instance, out var key);
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new int?[Levels];
            _counters[key] = counters;
        }

        var def = levels[level] ?? Level.Default;
        if (instance.Starts.TryGetValue(level, out var start) && _overridden.Add((numId, level)))
        {
            counters[level] = start - 1;
        }

        counters[level] = counters[level] is { } n ? n + 1 : def.Start;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            // w:lvlRestart n: restart when a level of the first n is used; 0: never; absent: when any level above is.
            var restart = levels[deeper]?.Restart ?? deeper;
            if (restart != 0 && level < restart)
            {
                counters[deeper] = null;
            }
        }

        return def.Hidden ? string.Empty : Render(def, levels, counters);
    }

    private static string Render(Level def, Level?[] levels, int?[] counters)
    {
        if (def.Format == "bullet")
        {
            // A bullet of a symbol font (Symbol's U+F0B7, Wingdings') is the report's ●.
            var bullet = def.Text is { Length: > 0 } t && !(t[0] >= '\uF000' && t[0] <= '\uF0FF') ? t : "●";
            return Follow(bullet, def.Suffix);
        }

        var text = def.Text ?? string.Empty;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var of = text[i + 1] - '1';
                var shown = levels[of] ?? Level.Default;
                var value = counters[of] ?? shown.Start;
                // w:isLgl: every level the text shows in decimal (1.1, not 一.1).
                sb.Append(WordNumberFormat.Format(value, def.Legal ? "decimal" : shown.Format));
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return Follow(sb.ToString(), def.Suffix);
    }

    /// <summary>
    /// The number and what follows it: a space for <c>w:suff="space"</c>; for the default tab, a space
    /// only after a number that ends in a letter or digit (<c>第一章 总则</c>) — <c>一、</c> and <c>（一）</c>
    /// are typed with nothing after them.
    /// </summary>
    private static string Follow(string number, string? suffix) =>
        number.Length == 0 ? number
        : suffix == "space" || (suffix is null or "tab" && char.IsLetterOrDigit(number[^1])) ? number + " "
        : number;

    private Level?[] LevelsOf(Instance instance, out int key)
    {
        var a = _abstracts[instance.AbstractId];
        key = instance.AbstractId;
        if (a.LinkedTo is { } linked && _abstracts.TryGetValue(linked, out var target))
        {
            a = target;
            key = linked;
        }

        if (instance.Levels.Count == 0)
        {
            return a.Levels;
        }

        var levels = (Level?[])a.Levels.Clone();
        foreach (var (i, l) in instance.Levels)
        {
            levels[i] = l;
        }

        return levels;
    }

    private sealed record Abstract(Level?[] Levels, string? StyleLink)
    {
        public int? LinkedTo { get; init; }
    }

    private sealed record Instance(int AbstractId, Dictionary<int, int> Starts, Dictionary<int, Level> Levels);

    private sealed record Level(int Start, string? Format, string? Text, int? Restart, bool Legal, string? Suffix, string? Style, bool Hidden)
    {
        public static Level Default { get; } = new(1, "decimal", null, null, false, null, null, false);

        public static Level Read(XElement lvl) => new(
            WordXml.IntVal(lvl, "start") ?? 0,
            WordXml.Val(lvl, "numFmt") ?? "decimal",
            WordXml.Val(lvl, "lvlText"),
            WordXml.IntVal(lvl, "lvlRestart"),
            WordXml.IsOn(lvl, "isLgl"),
            WordXml.Val(lvl, "suff"),
            WordXml.Val(lvl, "pStyle"),
            WordXml.IsOn(lvl.Element(WordXml.W + "rPr"), "vanish"));
    }
}
