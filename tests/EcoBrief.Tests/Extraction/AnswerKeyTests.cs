using EcoBrief.Extraction;
using EcoBrief.Model;
using EcoBrief.Serialization;
using EcoBrief.Tests.Support;

namespace EcoBrief.Tests.Extraction;

/// <summary>Each report against its answer key: precision and recall 1.0 for every list, all figures, the meta, no chrome.</summary>
public sealed class AnswerKeyTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { Path.Combine("seeds", "2024-mee-work-report.txt"), Path.Combine("gold", "2024-mee-work-report.gold.json") },
        { Path.Combine("extraction", "provincial-government-report.txt"), Path.Combine("extraction", "provincial-government-report.expected.json") },
        { Path.Combine("extraction", "ministry-semicolon-challenges.txt"), Path.Combine("extraction", "ministry-semicolon-challenges.expected.json") },
        { Path.Combine("extraction", "department-broken-lines.txt"), Path.Combine("extraction", "department-broken-lines.expected.json") },
        { Path.Combine("extraction", "ministry-enumerated-lines.txt"), Path.Combine("extraction", "ministry-enumerated-lines.expected.json") },
        { Path.Combine("extraction", "heading-only-problem-section.txt"), Path.Combine("extraction", "heading-only-problem-section.expected.json") },
    };

    private static Briefing Extract(string source) =>
        Pipelines.Extract(source.StartsWith("seeds", StringComparison.Ordinal) ? Path.Combine(TestPaths.RepoRoot, source) : TestPaths.TestFile(source));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Items_match_the_answer_key_one_to_one(string source, string key)
    {
        var briefing = Extract(source);
        var answers = AnswerKey.Load(TestPaths.TestFile(key));
        foreach (var (name, items) in new[] { ("achievements", briefing.Achievements), ("challenges", briefing.Challenges), ("tasks", briefing.Tasks) })
        {
            var (missing, extra) = AnswerKey.Match(answers.Keys(name), items);
            Assert.True(missing.Count == 0 && extra.Count == 0, $"{source} {name}: missing [{string.Join(" | ", missing)}], extra [{string.Join(" | ", extra)}]");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_key_figure_is_found_with_value_and_unit(string source, string key)
    {
        var figures = Extract(source).Figures;
        foreach (var (label, value, unit) in AnswerKey.Load(TestPaths.TestFile(key)).Figures)
        {
            Assert.True(
                figures.Any(f => AnswerKey.Normalize(f.Label).Contains(AnswerKey.Normalize(label), StringComparison.Ordinal) && f.Value == value && f.Unit == unit),
                $"{source}: no figure {label} = {value} {unit}; have: {string.Join("; ", figures.Select(f => $"{f.Label}={f.Value}{f.Unit}"))}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Meta_matches_the_answer_key(string source, string key)
    {
        var meta = Extract(source).Meta;
        var expected = AnswerKey.Load(TestPaths.TestFile(key)).Meta;

        void Contains(string property, string? actual)
        {
            var want = expected.GetProperty(property).GetString();
            if (want is null)
            {
                return;
            }

            Assert.True(actual is not null && actual.Contains(want, StringComparison.Ordinal), $"{source} {property}: expected to contain 「{want}」, got 「{actual}」");
        }

        Contains("title_contains", meta.Title);
        Contains("role_contains", meta.Role);
        Contains("occasion_contains", meta.Occasion);
        Assert.Equal(expected.GetProperty("speaker").GetString(), meta.Speaker);
        Assert.Equal(expected.GetProperty("published").GetString(), meta.Published);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_web_page_chrome_reaches_the_json(string source, string key)
    {
        var json = BriefingJson.Serialize(Extract(source));
        foreach (var chrome in AnswerKey.Load(TestPaths.TestFile(key)).MustNotAppear)
        {
            Assert.DoesNotContain(chrome, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Seed_priorities_are_the_six_strategic_priorities_of_section_two()
    {
        var briefing = Extract(Path.Combine("seeds", "2024-mee-work-report.txt"));
        var gold = AnswerKey.Load(TestPaths.TestFile("gold", "2024-mee-work-report.gold.json"));
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(TestPaths.TestFile("gold", "2024-mee-work-report.gold.json")));
        var keys = doc.RootElement.GetProperty("priorities_optional").GetProperty("items").EnumerateArray().Select(e => e.GetProperty("key").GetString()!).ToList();
        var (missing, extra) = AnswerKey.Match(keys, briefing.Priorities);
        Assert.Empty(missing);
        Assert.Empty(extra);
        Assert.NotNull(gold);
    }

    [Fact]
    public void Repository_copy_of_the_gold_file_is_the_shared_answer_key()
    {
        var shared = Path.Combine(TestPaths.RepoRoot, "..", "shared", "gold", "2024-mee-work-report.gold.json");
        if (!File.Exists(shared))
        {
            return; // Outside the workplace the repository copy is the answer key.
        }

        Assert.Equal(File.ReadAllText(shared), File.ReadAllText(TestPaths.TestFile("gold", "2024-mee-work-report.gold.json")));
    }

    [Fact]
    public void Seed_in_the_repository_is_a_verbatim_copy()
    {
        var shared = Path.Combine(TestPaths.RepoRoot, "..", "shared", "seeds", "2024-mee-work-report.txt");
        if (File.Exists(shared))
        {
            Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(TestPaths.Seed));
        }
    }
}
