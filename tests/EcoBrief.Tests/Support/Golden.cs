namespace EcoBrief.Tests.Support;

/// <summary>
/// Golden files are data: compared line by line, and rewritten from the actual output when
/// ECOBRIEF_ACCEPT=1 (in the source tree, so the change shows in git).
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string actual, params string[] relativePath)
    {
        var sourcePath = Path.Combine([TestPaths.RepoRoot, "tests", "EcoBrief.Tests", "TestFiles", .. relativePath]);
        if (Environment.GetEnvironmentVariable("ECOBRIEF_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sourcePath)!);
            File.WriteAllText(sourcePath, actual);
            return;
        }

        Assert.True(File.Exists(sourcePath), $"golden file {sourcePath} is missing; run the tests with ECOBRIEF_ACCEPT=1 to create it");
        var expected = File.ReadAllText(sourcePath).Split('\n');
        var lines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, lines.Length); i++)
        {
            var e = i < expected.Length ? expected[i] : "<end of file>";
            var a = i < lines.Length ? lines[i] : "<end of file>";
            Assert.True(e == a, $"{Path.Combine(relativePath)} differs at line {i + 1}:\n  expected: {e}\n  actual:   {a}\n(ECOBRIEF_ACCEPT=1 rewrites the golden file)");
        }
    }
}
