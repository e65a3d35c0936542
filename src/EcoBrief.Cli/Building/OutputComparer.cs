namespace EcoBrief.Cli.Building;

/// <summary>Which files of a rendered document differ from what is on disk (missing counts as different).</summary>
internal static class OutputComparer
{
    public static List<StaleFile> Stale(RenderedDocument rendered, string outputRoot)
    {
        var dir = DocumentFolder.In(outputRoot, rendered.Name);
        var stale = new List<StaleFile>();
        foreach (var (file, bytes) in rendered.Files)
        {
            var path = Path.Combine(dir, file);
            if (!File.Exists(path))
            {
                stale.Add(new StaleFile(path, file, StaleReason.Missing));
            }
            else if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                stale.Add(new StaleFile(path, file, StaleReason.Differs));
            }
        }

        return stale;
    }
}
