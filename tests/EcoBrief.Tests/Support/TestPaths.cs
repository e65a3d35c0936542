namespace EcoBrief.Tests.Support;

internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EcoBrief.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("EcoBrief.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => Root.Value;

    public static string Seed => Path.Combine(RepoRoot, "seeds", "2024-mee-work-report.txt");

    public static string TestFiles => Path.Combine(AppContext.BaseDirectory, "TestFiles");

    public static string TestFile(params string[] parts) => Path.Combine([TestFiles, .. parts]);

    /// <summary>A copy of the seed in <paramref name="directory"/> named <paramref name="name"/>, with <paramref name="insert"/> put in its text after the first 一是.</summary>
    public static string SeedWith(string directory, string name, string insert)
    {
        var text = File.ReadAllText(Seed);
        var at = text.IndexOf("一是", StringComparison.Ordinal) + 2;
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text[..at] + insert + text[at..], new System.Text.UTF8Encoding(false));
        return path;
    }
}
