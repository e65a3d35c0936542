using System.Text.RegularExpressions;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Corpus;

/// <summary>Rules come from patterns of the genre, never from one report's words.</summary>
public sealed partial class NoReportTextInSourceTests
{
    /// <summary>A run of Chinese text this long in the source is a phrase, not a word.</summary>
    [GeneratedRegex(@"[\u3400-\u9fff，、“”（）0-9.%·—]{10,}")]
    private static partial Regex Phrase();

    /// <summary>A phrase the genre shares stands in at least this many reports.</summary>
    private const int Genre = 3;

    [Fact]
    public void Every_phrase_of_a_report_in_src_is_one_the_genre_shares()
    {
        var reports = Directory.GetFiles(TestPaths.TestFile("corpus", "texts"), "*.txt").Select(File.ReadAllText)
            .Append(File.ReadAllText(TestPaths.Seed)).ToList();
        var offending = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in Phrase().Matches(File.ReadAllText(file)))
            {
                var count = reports.Count(r => r.Contains(m.Value, StringComparison.Ordinal));
                if (count is > 0 and < Genre)
                {
                    offending.Add($"{Path.GetRelativePath(TestPaths.RepoRoot, file)}: 「{m.Value}」 stands in {count} report(s)");
                }
            }
        }

        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }
}
