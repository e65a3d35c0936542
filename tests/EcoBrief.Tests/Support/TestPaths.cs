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
}
