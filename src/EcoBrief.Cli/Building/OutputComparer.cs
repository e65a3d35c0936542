namespace EcoBrief.Cli.Building;

/// <summary>
/// Which files of a rendered document differ from what is on disk (missing counts as different), and
/// which temporaries of our own naming a killed build left in its folder.
/// </summary>
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

        stale.AddRange(AtomicFile.Leftovers(dir).Select(p => new StaleFile(p, Path.GetFileName(p), StaleReason.LeftoverTemporary)));
        return stale;
    }
}
