using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace EcoBrief.Document;

/// <summary>
/// The lines of a code block (fenced or indented) as the writers print them: one per line of the
/// block, never joined nor reflowed, tabs expanded to the next multiple of four columns (CommonMark
/// §2.2 reads a tab as up to four spaces), blank lines kept.
/// </summary>
public static class CodeBlockLines
{
    /// <summary>A code block that holds text for the page (front matter is a code block to Markdig, but holds settings).</summary>
    public static bool IsCode(Block block) => block is CodeBlock and not YamlFrontMatterBlock;

    public static IReadOnlyList<string> Of(CodeBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var lines = new List<string>(block.Lines.Count);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            lines.Add(ExpandTabs(block.Lines.Lines[i].Slice.ToString()));
        }

        return lines;
    }

    private static string ExpandTabs(string line)
    {
        if (!line.Contains('\t', StringComparison.Ordinal))
        {
            return line;
        }

        var sb = new System.Text.StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c == '\t')
            {
                sb.Append(' ', 4 - (sb.Length % 4));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
