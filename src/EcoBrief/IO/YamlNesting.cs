using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EcoBrief.IO;

/// <summary>
/// How deep a YAML text's lists and mappings nest, found without recursion. YamlDotNet's
/// representation model loads each level by a recursive call, so a text of nested levels — flow
/// (<c>[[[[…</c>) or block, even on one line (<c>- - - - … x</c>: two bytes a level) — overflows the
/// stack, a crash no handler catches and that ends the process (<c>Stack overflow</c>, exit 134). Its
/// event parser keeps its states on a heap stack: walking its events first finds the depth safely.
/// Used for a template's front matter and for a corrections sidecar.
/// </summary>
public static class YamlNesting
{
    /// <summary>Lists and mappings nested deeper than this are refused (settings and corrections need 3).</summary>
    public const int MaxDepth = 32;

    /// <summary>Where the first list or mapping deeper than <see cref="MaxDepth"/> starts (1-based line and column), or null when there is none.</summary>
    /// <remarks>Malformed YAML is left to the loader, which reports it with its place: this only looks for depth.</remarks>
    public static (long Line, long Column)? TooDeep(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart when ++depth > MaxDepth:
                        return (parser.Current.Start.Line, parser.Current.Start.Column);
                    case SequenceEnd or MappingEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
        }

        return null;
    }
}
