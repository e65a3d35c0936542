using EcoBrief.Tests.Support;
using Xunit.Abstractions;

namespace EcoBrief.Tests.Corpus;

/// <summary>
/// The outline keys (TestFiles/population/outline): well formed, each naming a text that is there; and
/// the engine's division and roles on the tuning ones, a floor that fails when a change reads them worse.
/// The sealed ones are scored only when a piece of work is finished (Benchmarks outline DIR).
/// </summary>
public sealed class OutlineKeysTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("tune")]
    [InlineData("sealed")]
    public void Every_key_names_its_text_and_gives_each_part_a_role_in_order(string split)
    {
        var dir = TestPaths.TestFile("population", "outline", split);
        var keys = OutlineKey.Read(dir);
        var drawn = File.ReadAllLines(TestPaths.TestFile("population", "outline", "drawn.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(c => c[1] == split).Select(c => c[0]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(drawn, keys.Select(k => k.Name).ToList());
        foreach (var key in keys)
        {
            Assert.True(File.Exists(key.TextPath), key.TextPath);
            IEnumerable<int> expected = key.Undivided ? [0] : Enumerable.Range(1, key.Parts.Count);
            Assert.Equal(expected, key.Parts.Select(p => p.Ordinal));
            Assert.All(key.Parts, p => Assert.False(string.IsNullOrWhiteSpace(p.Heading), $"{key.Name} part {p.Ordinal} has no heading"));
        }
    }

    [Fact]
    public void A_malformed_line_is_refused_with_its_place()
    {
        var dir = Directory.CreateTempSubdirectory("outline-keys-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "roles.tsv"), "name\tordinal\theading\trole\n2020-city-某市\t1\t2019年工作回顾\treview\n2020-city-某市\t2\t2020年工作安排\tplan\n");
            var error = Assert.Throws<InvalidDataException>(() => OutlineKey.Read(dir));
            Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_key_and_an_engine_that_divide_alike_agree_and_a_glossary_after_the_parts_is_no_part()
    {
        var key = new OutlineKey("k", "k.md", [new(1, "2019年工作回顾", "review"), new(2, "2020年工作安排", "tasks"), new(3, "名词解释", "other")]);
        Assert.True(key.SameDivision(["2019年工作回顾", "2020年工作安排"]));
        Assert.True(key.SameDivision(["2019年工作回顾", "2020年工作安排", "名词解释"]));
        Assert.False(key.SameDivision(["2019年工作回顾"]));
        Assert.False(key.SameDivision(["加快发展", "2019年工作回顾", "2020年工作安排"]));
    }

    [Fact]
    public void The_engine_divides_and_reads_the_tuning_outlines_as_their_keys_do()
    {
        var results = OutlineRun.Score(TestPaths.TestFile("population", "outline", "tune"));
        output.WriteLine(OutlineRun.Table(results, verbose: false));
        var divided = results.Where(r => r.Divided).ToList();
        Assert.True(divided.Count >= 0.95 * results.Count, $"divided as the key: {divided.Count} of {results.Count}");
        Assert.True(divided.Sum(r => r.Right) >= 0.94 * divided.Sum(r => r.Parts), $"parts with the key's role: {divided.Sum(r => r.Right)} of {divided.Sum(r => r.Parts)}");
    }
}
